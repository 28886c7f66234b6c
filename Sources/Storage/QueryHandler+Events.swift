import Foundation
import NewsModel

/// Validation and answers of events, event_sums and quotes.
extension QueryHandler {
    func answerEventsAndQuotes(_ name: QueryName, _ request: QueryRequest, limit: Int, offset: Int, into reply: inout QueryReply) throws {
        switch name {
        case .events:
            let query = try Self.eventQuery(request, limit: limit, offset: offset)
            let page = request.merged == true ? try store.mergedEvents(query) : try store.events(query)
            reply.events = page.events
            reply.total = page.total
        case .eventSums:
            let page = try store.eventSums(try Self.eventQuery(request, limit: limit, offset: offset),
                                           by: try Self.grouping(request.by))
            reply.sums = page.sums
            reply.total = page.total
        case .quotes:
            let (from, to) = try Self.dateRange(request.from, request.to, fields: ("from", "to"))
            let query = QuoteQuery(speaker: Self.nonBlank(request.speaker), text: try Self.words(request.text),
                                   about: Self.nonBlank(request.about), from: from, to: to, limit: limit, offset: offset)
            let page = try store.quotes(query)
            reply.quotes = page.quotes
            reply.total = page.total
        default:
            preconditionFailure("answerEventsAndQuotes is only called for the corpus queries, not '\(name.rawValue)'")
        }
    }

    static func eventQuery(_ request: QueryRequest, limit: Int, offset: Int) throws -> EventQuery {
        let (from, to) = try dateRange(request.from, request.to, fields: ("from", "to"))
        let (publishedFrom, publishedTo) = try dateRange(request.publishedFrom, request.publishedTo,
                                                         fields: ("published_from", "published_to"))
        if let minimum = request.minFatalities, minimum < 0 {
            throw invalidParameter("'min_fatalities' must be 0 or more, got \(minimum)")
        }
        return EventQuery(cameo: try eventCameoCodes(request.cameo), actor: nonBlank(request.actor), target: nonBlank(request.target),
                          participant: nonBlank(request.participant), place: nonBlank(request.place),
                          country: try country(request.country), from: from, to: to, publishedFrom: publishedFrom,
                          publishedTo: publishedTo, minFatalities: request.minFatalities, text: try words(request.text),
                          limit: limit, offset: offset)
    }

    /// "18,19,20" (see `cameoCodes`), each code also starting with a root, 01 to 20: a one-digit or unknown root
    /// would silently match nothing.
    static func eventCameoCodes(_ value: String?) throws -> [String] {
        try (cameoCodes(value) ?? []).map { code in
            guard code.count >= 2, let root = Int(code.prefix(2)), (1...20).contains(root) else {
                throw invalidParameter("'cameo' takes CAMEO codes of 2 to 4 digits with a root from 01 to 20, got '\(code)'")
            }
            return code
        }
    }

    static func country(_ value: String?) throws -> String? {
        guard let value = nonBlank(value)?.trimmingCharacters(in: .whitespaces) else { return nil }
        guard value.count == 2, value.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw invalidParameter("'country' must be an ISO 3166-1 alpha-2 code such as SY, got '\(value)'")
        }
        return value.uppercased()
    }

    static func grouping(_ value: String?) throws -> EventGrouping {
        guard let value = nonBlank(value) else { return .day }
        guard let grouping = EventGrouping(rawValue: value.lowercased()) else {
            let known = EventGrouping.allCases.map(\.rawValue).joined(separator: ", ")
            throw invalidParameter("'by' must be one of \(known), got '\(value)'")
        }
        return grouping
    }

    /// Text to search for: absent is no filter, but text without a single word is a mistake worth saying.
    static func words(_ value: String?) throws -> String? {
        guard let value = nonBlank(value) else { return nil }
        guard FTSQuery.matchExpression(for: value) != nil else {
            throw invalidParameter("'text' has no word to search for: '\(value)'")
        }
        return value
    }

    /// Two dates, each valid, the second not before the first.
    static func dateRange(_ from: String?, _ to: String?, fields: (from: String, to: String)) throws -> (String?, String?) {
        let from = try date(from, field: fields.from), to = try date(to, field: fields.to)
        if let from, let to, to < from {
            throw invalidParameter("'\(fields.to)' (\(to)) is before '\(fields.from)' (\(from))")
        }
        return (from, to)
    }

    static func invalidParameter(_ message: String) -> ErrorReply {
        ErrorReply(code: .invalidParameter, message: message)
    }
}
