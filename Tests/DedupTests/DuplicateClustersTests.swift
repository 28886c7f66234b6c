import Testing
@testable import Dedup

@Suite struct DuplicateClustersTests {
    @Test func chainsAreOneClusterAndWeakPairsAreNone() {
        let pairs: [(Int, Int, Double)] = [(1, 2, 0.9), (2, 3, 0.6), (4, 5, 0.4), (6, 7, 0.7)]
        let clusters = DuplicateClusters(pairs: pairs, minimum: 0.5).clusters
        #expect(clusters == [[1, 2, 3], [6, 7]])
        #expect(DuplicateClusters(pairs: pairs, minimum: 0.3).clusters == [[1, 2, 3], [4, 5], [6, 7]])
    }

    @Test func theOrderOfPairsDoesNotMatter() {
        let pairs: [(String, String, Double)] = [("c", "d", 0.8), ("a", "b", 0.9), ("b", "d", 0.7), ("e", "f", 0.6)]
        let forward = DuplicateClusters(pairs: pairs, minimum: 0.5).clusters
        let backward = DuplicateClusters(pairs: pairs.reversed(), minimum: 0.5).clusters
        #expect(forward == backward)
        #expect(forward == [["a", "b", "c", "d"], ["e", "f"]])
    }
}
