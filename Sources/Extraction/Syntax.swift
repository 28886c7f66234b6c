import ModelSupport
import Syntax

/// What the tagger and parser say of one token (SyntaxStage).
public struct TokenSyntax: Sendable, Hashable {
    /// Penn Treebank tag ("NNP", "VBD").
    public var tag: PennTag
    /// Universal part of speech ("PROPN", "AUX").
    public var pos: UniversalTag
    /// Index in `Document.tokens` of the token's head; -1 for the root of its sentence.
    public var head: Int
    /// Relation to the head (`.root` for a root).
    public var label: DependencyLabel
    /// First dependent and next sibling (token indices, -1 for none), so dependents are found without a search.
    var firstDependent: Int32 = -1
    var nextSibling: Int32 = -1

    public init(tag: PennTag, pos: UniversalTag, head: Int, label: DependencyLabel) {
        self.tag = tag
        self.pos = pos
        self.head = head
        self.label = label
    }

    /// A token no sentence holds.
    static let none = TokenSyntax(tag: .XX, pos: .X, head: -1, label: .dep)
}

/// Tags every sentence and parses it into a labelled dependency tree: fills `Document.syntax`. The model was trained
/// on spaCy's tokens; it reads the pipeline's (hyphenated words stay whole here, which it handles by their shape).
struct SyntaxStage: ExtractionStage {
    let model: SyntaxModel

    func run(_ document: inout Document) {
        var syntax = [TokenSyntax](repeating: .none, count: document.tokens.count)
        var scratch: [UInt32] = []
        var words: [WordInfo] = []
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            words.removeAll(keepingCapacity: true)
            for t in sentence.tokens { words.append(WordInfo(document.tokens[t].text, scratch: &scratch)) }
            let parsed = model.analyse(words)
            let base = sentence.tokens.lowerBound
            for i in 0..<words.count {
                let h = parsed.tree.heads[i]
                syntax[base + i] = TokenSyntax(tag: parsed.tags[i], pos: parsed.universalTags[i],
                                               head: h < 0 ? -1 : base + h, label: parsed.tree.labels[i])
            }
            // dependents in text order: link from the last token back
            for t in sentence.tokens.reversed() where syntax[t].head >= 0 {
                let h = syntax[t].head
                syntax[t].nextSibling = syntax[h].firstDependent
                syntax[h].firstDependent = Int32(t)
            }
        }
        document.syntax = syntax
    }
}
