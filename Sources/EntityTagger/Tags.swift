/// The four CoNLL-2003 entity types the tagger predicts (the rest of the system speaks `NewsModel.EntityType`), and
/// the tag encodings: IOB2 outside the tagger, BILOU inside it.
public enum CoNLLEntityType: Int, CaseIterable, Sendable {
    case per = 0, org, loc, misc
    public var name: String { ["PER", "ORG", "LOC", "MISC"][rawValue] }
    public init?(name: some StringProtocol) {
        switch name {
        case "PER": self = .per
        case "ORG": self = .org
        case "LOC": self = .loc
        case "MISC": self = .misc
        default: return nil
        }
    }
}

/// A typed span of tokens, `start..<end`.
public struct EntitySpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var type: String
    public init(start: Int, end: Int, type: String) {
        self.start = start
        self.end = end
        self.type = type
    }
}

public enum Tags {
    /// Number of BILOU tags: O, then B I L U for each of the 4 types.
    public static let count = 1 + 4 * CoNLLEntityType.allCases.count
    public static let outside = 0

    /// BILOU tag index: 0 is O; `1 + 4*type + position` with position B=0 I=1 L=2 U=3.
    @inline(__always) public static func index(type: Int, position: Int) -> Int { 1 + 4 * type + position }
    @inline(__always) public static func type(of tag: Int) -> Int { (tag - 1) >> 2 }
    @inline(__always) public static func position(of tag: Int) -> Int { (tag - 1) & 3 }

    public static func name(ofBILOU tag: Int) -> String {
        if tag == 0 { return "O" }
        return ["B", "I", "L", "U"][position(of: tag)] + "-" + CoNLLEntityType(rawValue: type(of: tag))!.name
    }

    /// Whether BILOU tag `b` may follow tag `a` (`a == -1` for the sentence start).
    public static func allowed(_ a: Int, _ b: Int) -> Bool {
        let aOpen = a > 0 && (position(of: a) == 0 || position(of: a) == 1)
        if aOpen {
            return b > 0 && type(of: b) == type(of: a) && (position(of: b) == 1 || position(of: b) == 2)
        }
        return b == 0 || position(of: b) == 0 || position(of: b) == 3
    }

    /// Whether a sentence may end on BILOU tag `a`.
    public static func allowedAtEnd(_ a: Int) -> Bool {
        a == 0 || position(of: a) == 2 || position(of: a) == 3
    }

    /// Spans from IOB tags, the way conlleval reads them: a chunk starts at B-X, or at I-X after
    /// anything that is not X; it ends before O, B-, or a change of type. Accepts IOB1 and IOB2.
    public static func spans(iob tags: [String]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var start = -1
        var currentType = ""
        for (i, tag) in tags.enumerated() {
            let (prefix, type) = split(tag)
            let startsNew: Bool
            let continues: Bool
            switch prefix {
            case "B": startsNew = true; continues = false
            case "I": continues = start >= 0 && type == currentType; startsNew = !continues
            default: startsNew = false; continues = false
            }
            if start >= 0 && !continues {
                spans.append(EntitySpan(start: start, end: i, type: currentType))
                start = -1
            }
            if startsNew { start = i; currentType = type }
        }
        if start >= 0 { spans.append(EntitySpan(start: start, end: tags.count, type: currentType)) }
        return spans
    }

    /// Normalises IOB1 or IOB2 to IOB2.
    public static func toIOB2(_ tags: [String]) -> [String] {
        var out = Array(repeating: "O", count: tags.count)
        for span in spans(iob: tags) {
            out[span.start] = "B-" + span.type
            for i in (span.start + 1)..<span.end { out[i] = "I-" + span.type }
        }
        return out
    }

    /// IOB (1 or 2) tags to BILOU indices. Unknown types become O.
    public static func toBILOU(_ tags: [String]) -> [Int] {
        var out = Array(repeating: 0, count: tags.count)
        for span in spans(iob: tags) {
            guard let type = CoNLLEntityType(name: span.type)?.rawValue else { continue }
            if span.end - span.start == 1 {
                out[span.start] = index(type: type, position: 3)
            } else {
                out[span.start] = index(type: type, position: 0)
                for i in (span.start + 1)..<(span.end - 1) { out[i] = index(type: type, position: 1) }
                out[span.end - 1] = index(type: type, position: 2)
            }
        }
        return out
    }

    /// BILOU indices to IOB2 strings. Ill-formed sequences are repaired the forgiving way:
    /// I or L without an open entity of the same type opens one.
    public static func toIOB2(bilou tags: [Int]) -> [String] {
        var out = Array(repeating: "O", count: tags.count)
        var open = -1
        for (i, tag) in tags.enumerated() {
            if tag == 0 { out[i] = "O"; open = -1; continue }
            let type = type(of: tag), position = position(of: tag)
            let name = CoNLLEntityType(rawValue: type)!.name
            let continuing = (position == 1 || position == 2) && open == type
            out[i] = (continuing ? "I-" : "B-") + name
            open = (position == 0 || position == 1) ? type : -1
        }
        return out
    }

    static func split(_ tag: String) -> (prefix: Substring, type: String) {
        guard let dash = tag.firstIndex(of: "-") else { return (Substring(tag), "") }
        return (tag[..<dash], String(tag[tag.index(after: dash)...]))
    }
}
