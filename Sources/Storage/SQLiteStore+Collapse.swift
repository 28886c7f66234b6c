import GRDB
import NewsModel

extension SQLiteStore {
    /// Hits in the search's own order; a hit whose cluster was already shown is left out, and each hit shown names
    /// the other members of its cluster in `copies`. `total` stays the number of matching articles. Reads the ranked
    /// matches window by window until the page is full, so a page costs its hits plus the copies passed over.
    public func collapsedSearch(_ query: SearchQuery, minimum: Double) throws -> SearchPage {
        guard query.limit > 0 else { return .empty }
        let wanted = query.offset + query.limit
        var window = query
        window.offset = 0
        window.limit = min(1_000, max(50, 2 * wanted))
        var shown: [SearchHit] = []
        var seen = Set<Int64>()
        var total = 0
        while true {
            let page = try search(window)
            total = page.total
            let folded = try pool.read { db in try Self.fold(page.hits, minimum: minimum, seen: &seen, in: db) }
            shown += folded
            let scanned = window.offset + page.hits.count
            if shown.count >= wanted || page.hits.isEmpty || scanned >= page.total { break }
            window.offset = scanned
            window.limit = 200
        }
        return SearchPage(hits: Array(shown.dropFirst(query.offset).prefix(query.limit)), total: total)
    }

    /// The hits whose cluster is not in `seen` yet, with their copies; their clusters are added to `seen`.
    static func fold(_ hits: [SearchHit], minimum: Double, seen: inout Set<Int64>, in db: Database) throws -> [SearchHit] {
        let docidOf = try db.cachedStatement(sql: "SELECT docid FROM articles WHERE id = ?")
        let idOf = try db.cachedStatement(sql: "SELECT id FROM articles WHERE docid = ?")
        var out: [SearchHit] = []
        for var hit in hits {
            guard let docid = try Int64.fetchOne(docidOf, arguments: [hit.id]) else { continue }
            if seen.contains(docid) { continue }
            let members = try cluster(of: docid, minimum: minimum, in: db)
            seen.formUnion(members)
            let copies = try members.subtracting([docid]).sorted().compactMap { try String.fetchOne(idOf, arguments: [$0]) }
            hit.copies = copies.isEmpty ? nil : copies
            out.append(hit)
        }
        return out
    }
}
