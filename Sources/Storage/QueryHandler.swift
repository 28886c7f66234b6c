import NewsModel

/// Answers the store's queries (`search`, `article`, `entities`) from a `Store`: validates the parameters first,
/// so a client gets an error that names the field instead of a database error or an odd empty answer.
public struct QueryHandler: Sendable {
    /// The queries the store answers; `status` is the gateway's.
    public static let storeQueries: [QueryName] = [.search, .article, .entities, .entity, .timeline, .graph, .export,
                                                   .events, .eventSums, .quotes, .duplicates]
    public static let limits = 1...1000
    public static let defaultLimit = 20

    let store: any Store

    public init(store: any Store) {
        self.store = store
    }

    /// Validates and answers one query. Never throws: bad input becomes an `ErrorReply` with a code and a message
    /// naming the field; a store failure becomes `internal_error` with its message. Both echo `request_id`.
    public func handle(_ request: QueryRequest) -> Result<QueryReply, ErrorReply> {
        do {
            let reply = try answer(request)
            return .success(reply)
        } catch let error as ErrorReply {
            var error = error
            error.requestID = request.requestID
            return .failure(error)
        } catch {
            return .failure(ErrorReply(code: .internalError, message: "store failed: \(error)", requestID: request.requestID))
        }
    }

    private func answer(_ request: QueryRequest) throws -> QueryReply {
        let known = Self.storeQueries.map(\.rawValue).joined(separator: ", ")
        guard let name = QueryName(rawValue: request.query) else {
            throw ErrorReply(code: .unknownQuery, message: "unknown query '\(request.query)'; the store knows: \(known)")
        }
        // Checked before the parameters, so "status" with odd parameters still says where to ask.
        guard Self.storeQueries.contains(name) else { throw notForTheStore(name, known: known) }
        let limit = try Self.limit(request.limit)
        let offset = try Self.offset(request.offset)
        var reply = QueryReply(query: name, requestID: request.requestID)
        switch name {
        case .search:
            let (from, to) = try Self.dateRange(request.from, request.to, fields: ("from", "to"))
            let source = Self.nonBlank(request.source), entity = Self.nonBlank(request.entity)
            let text = Self.nonBlank(request.text)
            // Filters alone list the matching articles, newest first.
            guard text != nil || from != nil || to != nil || source != nil || entity != nil else {
                throw invalid("search needs 'text' or a filter ('from', 'to', 'source', 'entity')")
            }
            let query = SearchQuery(text: text ?? "", from: from, to: to, source: source, entity: entity,
                                    limit: limit, offset: offset)
            let page = request.collapse == true
                ? try store.collapsedSearch(query, minimum: try Self.minOverlap(request.minOverlap))
                : try store.search(query)
            reply.hits = page.hits
            reply.total = page.total
        case .article:
            guard let id = Self.nonBlank(request.id) else { throw invalid("article needs 'id'") }
            guard let found = try store.article(id: id) else {
                throw ErrorReply(code: .notFound, message: "no article with id '\(id)'")
            }
            reply.article = found.article
            reply.extraction = found.extraction
            reply.duplicates = try store.duplicates(ofArticle: id, minimum: try Self.minOverlap(request.minOverlap))
        case .entities:
            reply.entities = try store.entities(type: try Self.entityType(request.entityType),
                                                namePrefix: Self.nonBlank(request.text), limit: limit, offset: offset)
        case .entity, .timeline, .graph, .export:
            try answerCorpusQuery(name, request, into: &reply)
        case .events, .eventSums, .quotes:
            try answerEventsAndQuotes(name, request, limit: limit, offset: offset, into: &reply)
        case .duplicates:
            try answerDuplicates(request, limit: limit, offset: offset, into: &reply)
        case .status:
            throw notForTheStore(name, known: known)
        }
        return reply
    }

    /// The gateway answers status from its own view of the services; the store only answers pings.
    private func notForTheStore(_ name: QueryName, known: String) -> ErrorReply {
        ErrorReply(code: .unknownQuery, message: "query '\(name.rawValue)' is not answered by the store; the store knows: \(known)")
    }

    func invalid(_ message: String) -> ErrorReply {
        ErrorReply(code: .invalidParameter, message: message)
    }

    static func limit(_ value: Int?) throws -> Int {
        guard let value else { return defaultLimit }
        guard limits.contains(value) else {
            throw ErrorReply(code: .invalidParameter,
                             message: "'limit' must be between \(limits.lowerBound) and \(limits.upperBound), got \(value)")
        }
        return value
    }

    static func offset(_ value: Int?) throws -> Int {
        guard let value else { return 0 }
        guard value >= 0 else {
            throw ErrorReply(code: .invalidParameter, message: "'offset' must be 0 or more, got \(value)")
        }
        return value
    }

    static func entityType(_ value: String?) throws -> EntityType? {
        guard let value = nonBlank(value) else { return nil }
        // Accept "per" as well as "PER": the codes are upper case but nobody means anything else by "per".
        guard let type = EntityType(rawValue: value.uppercased()) else {
            let known = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
            throw ErrorReply(code: .invalidParameter, message: "'entity_type' must be one of \(known), got '\(value)'")
        }
        return type
    }

    /// A `YYYY-MM-DD` calendar date with a plausible month and day; dates compare as strings in the store.
    static func date(_ value: String?, field: String) throws -> String? {
        guard let value = nonBlank(value) else { return nil }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        let digitsOnly = parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.count == 3, digitsOnly, parts.map(\.count) == [4, 2, 2],
              let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else {
            throw ErrorReply(code: .invalidParameter, message: "'\(field)' must be a date as YYYY-MM-DD, got '\(value)'")
        }
        return value
    }

    static func nonBlank(_ value: String?) -> String? {
        guard let value, !value.allSatisfy(\.isWhitespace) else { return nil }
        return value
    }
}
