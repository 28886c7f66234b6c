/// Penn Treebank part-of-speech tags as spaCy's English models write them (OntoNotes 5), plus `_SP` for whitespace.
public enum PennTag: UInt8, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPPossessive, RB, RBR, RBS, RP,
         SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPPossessive, WRB
    case comma, period, colon, openingQuote, closingQuote, leftBracket, rightBracket, dollar, hash, hyphen, NFP, ADD,
         AFX, XX, SP

    /// The tag as written in treebanks: "NN", "PRP$", ",", "-LRB-".
    public var name: String { Self.names[Int(rawValue)] }
    public var description: String { name }

    public init?(name: String) {
        guard let tag = Self.byName[name] else { return nil }
        self = tag
    }

    static let names: [String] = [
        "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP",
        "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$",
        "WRB", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "$", "#", "HYPH", "NFP", "ADD", "AFX", "XX", "_SP",
    ]
    static let byName: [String: PennTag] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    public var isVerb: Bool { (PennTag.VB.rawValue...PennTag.VBZ.rawValue).contains(rawValue) || self == .MD }
    public var isNoun: Bool { self == .NN || self == .NNS || self == .NNP || self == .NNPS }
    public var isProperNoun: Bool { self == .NNP || self == .NNPS }
    public var isPunctuation: Bool { rawValue >= PennTag.comma.rawValue && rawValue <= PennTag.rightBracket.rawValue || self == .hyphen || self == .NFP }
}

/// Universal Dependencies part-of-speech tags (spaCy's `pos_`).
public enum UniversalTag: UInt8, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X, SPACE

    public var name: String { Self.names[Int(rawValue)] }
    public var description: String { name }

    public init?(name: String) {
        guard let tag = Self.byName[name] else { return nil }
        self = tag
    }
    static let names = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
                        "SCONJ", "SYM", "VERB", "X", "SPACE"]
    static let byName: [String: UniversalTag] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
}

/// The 45 dependency labels of spaCy's English scheme (ClearNLP), lower case as in its parses.
public enum DependencyLabel: UInt8, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case root, acl, acomp, advcl, advmod, agent, amod, appos, attr, aux, auxpass, `case`, cc, ccomp, compound, conj,
         csubj, csubjpass, dative, dep, det, dobj, expl, intj, mark, meta, neg, nmod, npadvmod, nsubj, nsubjpass,
         nummod, oprd, parataxis, pcomp, pobj, poss, preconj, predet, prep, prt, punct, quantmod, relcl, xcomp

    public var name: String { Self.names[Int(rawValue)] }
    public var description: String { name }

    public init?(name: String) {
        guard let label = Self.byName[name] else { return nil }
        self = label
    }
    static let names = [
        "root", "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux", "auxpass", "case", "cc", "ccomp",
        "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det", "dobj", "expl", "intj", "mark", "meta", "neg", "nmod",
        "npadvmod", "nsubj", "nsubjpass", "nummod", "oprd", "parataxis", "pcomp", "pobj", "poss", "preconj", "predet", "prep",
        "prt", "punct", "quantmod", "relcl", "xcomp",
    ]
    static let byName: [String: DependencyLabel] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    public var isSubject: Bool { self == .nsubj || self == .nsubjpass || self == .csubj || self == .csubjpass || self == .expl }
    public var isObject: Bool { self == .dobj || self == .dative || self == .attr || self == .oprd }
}
