import NewsModel

/// A CAMEO event root (the first two digits of a code): what kind of interaction an event is.
///
/// The event stage codes at root level; the wire format (``Event/cameo``) keeps the two-digit string, so the type
/// lives inside the stage and is turned into text once, when an event is made.
enum CAMEORoot: Int, CaseIterable, Sendable, Hashable, Comparable {
    case statement = 1
    case appeal = 2
    case intentToCooperate = 3
    case consult = 4
    case diplomaticCooperation = 5
    case materialCooperation = 6
    case aid = 7
    case yield = 8
    case investigate = 9
    case demand = 10
    case disapprove = 11
    case reject = 12
    case threaten = 13
    case protest = 14
    case forcePosture = 15
    case reduceRelations = 16
    case coerce = 17
    case assault = 18
    case fight = 19
    case massViolence = 20

    /// The four quad classes CAMEO groups its roots into.
    enum QuadClass: Int, Sendable, Hashable {
        case verbalCooperation = 1
        case materialCooperation = 2
        case verbalConflict = 3
        case materialConflict = 4
    }

    /// The two-digit code: "04", "18".
    var code: String { rawValue < 10 ? "0\(rawValue)" : "\(rawValue)" }

    /// "04", "4", "042", "0431" all have the root 04; anything else is no root.
    init?(code: String) {
        let digits = code.filter { $0 != " " }
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { return nil }
        let two = digits.count == 1 ? digits : String(digits.prefix(2))
        guard let value = Int(two), let root = CAMEORoot(rawValue: value) else { return nil }
        self = root
    }

    var label: String {
        switch self {
        case .statement: "make public statement"
        case .appeal: "appeal"
        case .intentToCooperate: "express intent to cooperate"
        case .consult: "consult"
        case .diplomaticCooperation: "engage in diplomatic cooperation"
        case .materialCooperation: "engage in material cooperation"
        case .aid: "provide aid"
        case .yield: "yield"
        case .investigate: "investigate"
        case .demand: "demand"
        case .disapprove: "disapprove"
        case .reject: "reject"
        case .threaten: "threaten"
        case .protest: "protest"
        case .forcePosture: "exhibit force posture"
        case .reduceRelations: "reduce relations"
        case .coerce: "coerce"
        case .assault: "assault"
        case .fight: "fight"
        case .massViolence: "use unconventional mass violence"
        }
    }

    var quadClass: QuadClass {
        switch rawValue {
        case 1...5: .verbalCooperation
        case 6...8: .materialCooperation
        case 9...13: .verbalConflict
        default: .materialConflict
        }
    }

    /// Assault, fight, mass violence: one family for merging (an attack that killed, a clash with deaths).
    var isViolence: Bool { self == .assault || self == .fight || self == .massViolence }

    /// What the incident list counts: arrests and abductions (17) and violence (18-20).
    var isIncident: Bool { self == .coerce || isViolence }

    /// The family a root merges within: 18/19/20 together, 06/07 together, the others alone.
    var family: CAMEORoot {
        if isViolence { return .assault }
        if self == .aid { return .materialCooperation }
        return self
    }

    static func < (a: CAMEORoot, b: CAMEORoot) -> Bool { a.rawValue < b.rawValue }
}

/// A full CAMEO code as events carry it: its root and the digits written ("18", "190").
struct CAMEOCode: Sendable, Hashable {
    var root: CAMEORoot
    var code: String

    init(_ root: CAMEORoot) {
        self.root = root
        code = root.code
    }

    init?(_ code: String) {
        guard let root = CAMEORoot(code: code) else { return nil }
        self.root = root
        self.code = code.filter { $0 != " " }
    }

    var label: String { root.label }
    var quadClass: CAMEORoot.QuadClass { root.quadClass }
}

extension Event {
    /// The event's CAMEO root, when its code is one.
    var root: CAMEORoot? { CAMEORoot(code: cameo) }
}
