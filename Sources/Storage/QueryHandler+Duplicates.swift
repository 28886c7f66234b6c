import Dedup
import NewsModel

/// Validation and answer of `duplicates`, and the `min_overlap` that `search` with `collapse` and `article` take.
extension QueryHandler {
    func answerDuplicates(_ request: QueryRequest, limit: Int, offset: Int, into reply: inout QueryReply) throws {
        let found = try store.duplicateClusters(minimum: try Self.minOverlap(request.minOverlap), limit: limit, offset: offset)
        reply.clusters = found.clusters
        reply.total = found.total
    }

    /// Pairs are kept from `NearDuplicates.floor`: a lower threshold would silently miss pairs never stored.
    static func minOverlap(_ value: Double?) throws -> Double {
        guard let value else { return NearDuplicates.defaultMinimum }
        guard value.isFinite, value >= NearDuplicates.floor, value <= 1 else {
            throw invalidParameter("'min_overlap' must be between \(NearDuplicates.floor) and 1 (pairs are kept from \(NearDuplicates.floor)), got \(value)")
        }
        return value
    }
}
