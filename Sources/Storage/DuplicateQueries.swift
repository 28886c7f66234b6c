import NewsModel

/// A store that keeps no fingerprints says so rather than answering as if no article had a copy.
public struct UnsupportedQuery: Error, CustomStringConvertible {
    public var query: String
    public var description: String { "this store does not answer '\(query)'" }
}

extension Store {
    public func duplicates(ofArticle id: String, minimum: Double) throws -> [DuplicateArticle]? {
        throw UnsupportedQuery(query: "duplicates of an article")
    }

    public func duplicateClusters(minimum: Double, limit: Int, offset: Int) throws -> (clusters: [DuplicateCluster], total: Int) {
        throw UnsupportedQuery(query: "duplicates")
    }

    public func collapsedSearch(_ query: SearchQuery, minimum: Double) throws -> SearchPage {
        throw UnsupportedQuery(query: "search with collapse")
    }

    public func mergedEvents(_ query: EventQuery) throws -> EventPage {
        throw UnsupportedQuery(query: "events with merged")
    }
}
