/// Groups of copies: the connected components of the pairs at or above a resemblance. A chain A~B~C is one cluster
/// even when A and C share less than the threshold (an outlet's copy of a copy), as in every dedup of wire copy.
public struct DuplicateClusters<Member: Hashable & Comparable>: Sendable where Member: Sendable {
    /// Each cluster's members sorted, clusters largest first, then by their first member.
    public private(set) var clusters: [[Member]]

    public init(pairs: [(Member, Member, Double)], minimum: Double) {
        var parent: [Member: Member] = [:]
        func root(_ x: Member) -> Member {
            var x = x
            while let up = parent[x], up != x {
                let grand = parent[up] ?? up
                parent[x] = grand
                x = grand
            }
            return x
        }
        for (a, b, overlap) in pairs where overlap >= minimum && a != b {
            if parent[a] == nil { parent[a] = a }
            if parent[b] == nil { parent[b] = b }
            let ra = root(a), rb = root(b)
            if ra != rb {
                // The smaller member leads, so the result does not depend on the order of the pairs.
                if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
            }
        }
        var groups: [Member: [Member]] = [:]
        for member in parent.keys { groups[root(member), default: []].append(member) }
        clusters = groups.values.map { $0.sorted() }.sorted { a, b in
            a.count != b.count ? a.count > b.count : a[0] < b[0]
        }
    }
}
