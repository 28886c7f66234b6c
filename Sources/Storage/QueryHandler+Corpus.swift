import Foundation
import NewsModel

/// Validation and answers of the corpus queries: `entity`, `timeline`, `graph`, `export`.
extension QueryHandler {
    /// Each list of a profile (aliases, roles, co-occurring per type, quotes, latest events) holds this many.
    public static let defaultProfileLimit = 10
    public static let defaultGraphTop = 100
    public static let graphTops = 1...1000
    public static let defaultExportLimit = 100
    /// How many other matches of an ambiguous name a profile lists.
    static let candidateLimit = 10

    func answerCorpusQuery(_ name: QueryName, _ request: QueryRequest, into reply: inout QueryReply) throws {
        switch name {
        case .entity:
            reply.profile = try profile(request)
        case .timeline:
            reply.timeline = try timeline(request)
        case .graph:
            reply.graph = try graph(request)
        case .export:
            reply.export = try export(request)
        default:
            throw ErrorReply(code: .unknownQuery, message: "query '\(name.rawValue)' is not a corpus query")
        }
    }

    private func profile(_ request: QueryRequest) throws -> EntityProfile {
        let limit = try Self.limit(request.limit ?? Self.defaultProfileLimit)
        let (entity, others) = try resolve(name: request.entity, id: request.id, query: "entity")
        guard var profile = try store.profile(ofEntity: entity.id, limit: limit) else {
            throw ErrorReply(code: .notFound, message: "no entity with id \(entity.id)")
        }
        profile.candidates = others
        return profile
    }

    private func timeline(_ request: QueryRequest) throws -> Timeline {
        let (from, to) = try Self.dateRange(request)
        let by = try Self.choice(request.by, field: "by", default: TimeBucket.day)
        let given = [request.entity, request.cameo, request.text].compactMap(Self.nonBlank)
        guard given.count == 1 else {
            throw invalid("timeline needs exactly one of 'entity', 'cameo' or 'text' (got \(given.count))")
        }
        if let name = Self.nonBlank(request.entity) {
            let (entity, _) = try resolve(name: name, id: nil, query: "timeline")
            var timeline = try store.timeline(TimelineQuery(subject: .entity(entity.id), by: by, from: from, to: to))
            timeline.entity = entity
            return timeline
        }
        if let codes = try Self.cameoCodes(request.cameo) {
            return try store.timeline(TimelineQuery(subject: .cameo(codes), by: by, from: from, to: to))
        }
        return try store.timeline(TimelineQuery(subject: .text(request.text ?? ""), by: by, from: from, to: to))
    }

    private func graph(_ request: QueryRequest) throws -> Graph {
        let (from, to) = try Self.dateRange(request)
        var query = GraphQuery(from: from, to: to)
        query.kind = try Self.choice(request.kind, field: "kind", default: GraphKind.cooccurrence)
        query.within = try Self.choice(request.within, field: "within", default: GraphScope.article)
        if query.kind == .events, Self.nonBlank(request.within) != nil {
            throw invalid("'within' applies to cooccurrence graphs, not events graphs")
        }
        query.cameo = try Self.cameoCodes(request.cameo) ?? []
        if query.kind == .cooccurrence, !query.cameo.isEmpty {
            throw invalid("'cameo' applies to events graphs, not cooccurrence graphs")
        }
        query.types = try Self.entityTypes(request.entityType)
        if let name = Self.nonBlank(request.entity) {
            query.center = try resolve(name: name, id: nil, query: "graph").entity.id
        }
        if let depth = request.depth {
            guard query.center != nil else { throw invalid("'depth' needs 'entity' (the center of an ego network)") }
            guard (1...2).contains(depth) else { throw invalid("'depth' must be 1 or 2, got \(depth)") }
            query.depth = depth
        }
        if let minWeight = request.minWeight {
            guard minWeight >= 1 else { throw invalid("'min_weight' must be 1 or more, got \(minWeight)") }
            query.minWeight = minWeight
        }
        if let top = request.top {
            guard Self.graphTops.contains(top) else {
                throw invalid("'top' must be between \(Self.graphTops.lowerBound) and \(Self.graphTops.upperBound), got \(top)")
            }
            query.top = top
        }
        return try store.graph(query)
    }

    private func export(_ request: QueryRequest) throws -> ExportPage {
        let (from, to) = try Self.dateRange(request)
        let limit = try Self.limit(request.limit ?? Self.defaultExportLimit)
        let after = Self.nonBlank(request.after)
        if let after, Int64(after).map({ $0 >= 0 }) != true {
            throw invalid("'after' must be the 'next' cursor of an earlier export page, got '\(after)'")
        }
        return try store.export(ExportQuery(after: after, limit: limit, from: from, to: to))
    }

    /// The entity a request names (`entity`, a name or alias) or points at (`id`), and the other matches of the name.
    func resolve(name: String?, id: String?, query: String) throws -> (entity: EntityRef, others: [EntityRef]) {
        if let id = Self.nonBlank(id) {
            guard let number = Int64(id) else { throw invalid("'id' must be an entity id (an integer), got '\(id)'") }
            guard let entity = try store.entity(id: number) else {
                throw ErrorReply(code: .notFound, message: "no entity with id \(number)")
            }
            return (entity, [])
        }
        guard let name = Self.nonBlank(name) else { throw invalid("\(query) needs 'entity' (a name or alias) or 'id'") }
        let matches = try store.entities(named: name, limit: Self.candidateLimit + 1)
        guard let first = matches.first else {
            throw ErrorReply(code: .notFound, message: "no entity named '\(name)'")
        }
        return (first, Array(matches.dropFirst()))
    }

    static func dateRange(_ request: QueryRequest) throws -> (from: String?, to: String?) {
        let from = try date(request.from, field: "from"), to = try date(request.to, field: "to")
        if let from, let to, to < from {
            throw ErrorReply(code: .invalidParameter, message: "'to' (\(to)) is before 'from' (\(from))")
        }
        return (from, to)
    }

    /// One of an enumeration's raw values, case-insensitive, naming the allowed ones when it is not.
    static func choice<T: RawRepresentable & CaseIterable>(_ value: String?, field: String, default: T) throws -> T
    where T.RawValue == String {
        guard let value = nonBlank(value) else { return `default` }
        guard let found = T.allCases.first(where: { $0.rawValue == value.lowercased() }) else {
            let known = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw ErrorReply(code: .invalidParameter, message: "'\(field)' must be one of \(known), got '\(value)'")
        }
        return found
    }

    /// "18,19,20" as codes; each is digits (a root like "18" or a longer code like "190", matched as a prefix).
    static func cameoCodes(_ value: String?) throws -> [String]? {
        guard let value = nonBlank(value) else { return nil }
        let codes = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !codes.isEmpty, codes.allSatisfy({ $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            throw ErrorReply(code: .invalidParameter,
                             message: "'cameo' must be CAMEO codes separated by commas, like 18,19,20, got '\(value)'")
        }
        return codes
    }

    /// "PER,ORG" (any case) as types.
    static func entityTypes(_ value: String?) throws -> Set<EntityType> {
        guard let value = nonBlank(value) else { return [] }
        var types: Set<EntityType> = []
        for part in value.split(separator: ",") where !part.allSatisfy(\.isWhitespace) {
            guard let type = try entityType(part.trimmingCharacters(in: .whitespaces)) else { continue }
            types.insert(type)
        }
        return types
    }
}
