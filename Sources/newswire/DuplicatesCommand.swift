import ArgumentParser
import Dedup
import Foundation
import Ingestion
import NewsModel

struct DuplicatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "Clusters of near-duplicate articles (the same story from several outlets), largest first.",
        discussion: """
            Overlap is the estimated share of word 5-grams two texts have in common (MinHash, 126 functions, \
            LSH in 42 bands of 3): 1 is the same text, 0.5 half of it shared. A cluster holds the articles joined by \
            pairs at or above --min-overlap (pairs are kept from 0.3). Exact copies were already one article.
            Examples:
              newswire duplicates --min-overlap 0.8
              newswire duplicates --in ../shared/data/news/NewsArticles.csv   (no services: fingerprints the file here)
            """)

    @Option(help: "Pairs from this overlap up join a cluster (0.3 to 1).")
    var minOverlap = NearDuplicates.defaultMinimum

    @Option(help: "How many clusters.")
    var limit = 20

    @Option(help: "Skip this many clusters (for paging).")
    var offset = 0

    @Option(name: .customLong("in"), help: "Fingerprint these files here, with no services, instead of asking the store.")
    var files: [String] = []

    @OptionGroup var input: InputOptions

    @OptionGroup var client: ClientOptions

    func validate() throws {
        guard minOverlap >= NearDuplicates.floor, minOverlap <= 1 else {
            throw ValidationError("--min-overlap must be between \(NearDuplicates.floor) and 1, not \(minOverlap)")
        }
    }

    func run() throws {
        let reply: QueryReply
        if files.isEmpty {
            var request = QueryRequest(query: .duplicates, limit: limit, offset: offset)
            request.minOverlap = minOverlap
            reply = try client.connect().query(request)
        } else {
            reply = try LocalDuplicates(input: input, minimum: minOverlap).clusters(of: files, limit: limit, offset: offset)
        }
        if client.json { return try printJSON(reply) }
        let clusters = reply.clusters ?? []
        guard !clusters.isEmpty else {
            print("no near-duplicates at overlap \(minOverlap) or more")
            return
        }
        for (number, cluster) in clusters.enumerated() {
            let overlap = cluster.minOverlap == cluster.maxOverlap
                ? String(format: "%.2f", cluster.minOverlap)
                : String(format: "%.2f-%.2f", cluster.minOverlap, cluster.maxOverlap)
            print("\(offset + number + 1). \(cluster.articles.count) articles, overlap \(overlap)")
            var table = Table("ID", "PUBLISHED", "SOURCE", "TITLE")
            table.maxWidth = [2: 28, 3: 70]
            for article in cluster.articles {
                table.add(article.id, article.published ?? "-", article.source ?? "-", article.title ?? "(untitled)")
            }
            print(table.render())
            print()
        }
        print("\(offset + 1)-\(offset + clusters.count) of \(reply.total ?? clusters.count) clusters")
    }
}

/// `duplicates --in FILE`: the store's fingerprints and clusters computed here over prepared articles, with the
/// time the fingerprints took (what BENCHMARKS.md reports) on standard error.
struct LocalDuplicates {
    var input: InputOptions
    var minimum: Double

    func clusters(of paths: [String], limit: Int, offset: Int) throws -> QueryReply {
        var articles: [Article] = []
        var ids = Set<String>()
        for batch in input.read(paths) {
            for error in batch.errors { printError("error: \(error)") }
            for item in batch.articles {
                guard let article = try? ArticleNormalizer.prepare(item.article) else {
                    printError("error: \(item.origin): not an article the store would take")
                    continue
                }
                // The same content is one article, as the ingester has it.
                if ids.insert(article.id).inserted { articles.append(article) }
            }
        }
        let clock = ContinuousClock()
        var index = NearDuplicateIndex()
        var pairs: [(Int, Int, Double)] = []
        let hashed = clock.measure {
            for article in articles {
                pairs += index.add(article.text).pairs.map { ($0.first, $0.second, $0.overlap) }
            }
        }
        printError("fingerprinted \(articles.count) articles in \(hashed) (one core); \(pairs.count) pairs at 0.3 or more")
        let all = DuplicateClusters(pairs: pairs, minimum: minimum).clusters
        var best: [Int: Double] = [:]
        for (a, b, overlap) in pairs where overlap >= minimum {
            best[a] = max(best[a] ?? 0, overlap)
            best[b] = max(best[b] ?? 0, overlap)
        }
        let clusters = all.dropFirst(offset).prefix(limit).map { members in
            let inside = Set(members)
            let overlaps = pairs.filter { inside.contains($0.0) && $0.2 >= minimum }.map(\.2)
            let listed = members.map { number in
                DuplicateArticle(id: articles[number].id, title: articles[number].title, source: articles[number].source,
                                 published: articles[number].published, overlap: best[number])
            }.sorted { ($0.published ?? "\u{10FFFF}", $0.id) < ($1.published ?? "\u{10FFFF}", $1.id) }
            return DuplicateCluster(articles: listed, minOverlap: overlaps.min() ?? 0, maxOverlap: overlaps.max() ?? 0)
        }
        var reply = QueryReply(query: .duplicates)
        reply.clusters = Array(clusters)
        reply.total = all.count
        return reply
    }
}
