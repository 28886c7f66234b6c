import GatewayAccess
import ArgumentParser
import Foundation
import NewsModel

struct ArticleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article",
        abstract: "One stored article with what was extracted from it.")

    @Argument(help: "The article's id (as `ingest` and `search` show it).")
    var id: String

    @Flag(help: "Print the article's text too.")
    var text = false

    @OptionGroup var client: ClientOptions

    func run() throws {
        let reply = try client.connect().query(QueryRequest(query: .article, id: id))
        guard let article = reply.article, let extraction = reply.extraction else {
            throw ClientError.unexpected("the article reply has no article")
        }
        if client.json {
            struct Both: Encodable {
                var article: Article
                var extraction: Extraction
                var duplicates: [DuplicateArticle]?
            }
            return try printJSON(Both(article: article, extraction: extraction, duplicates: reply.duplicates))
        }
        print(ExtractionReport(article: article, extraction: extraction, includeText: text).render())
        if let copies = reply.duplicates, !copies.isEmpty {
            var table = Table("ID", "OVERLAP", "PUBLISHED", "SOURCE", "TITLE")
            table.maxWidth = [3: 28, 4: 60]
            for copy in copies {
                table.add(copy.id, copy.overlap.map { String(format: "%.2f", $0) } ?? "-", copy.published ?? "-",
                          copy.source ?? "-", copy.title ?? "(untitled)")
            }
            print("\nNear-duplicates (\(copies.count), overlap 0.5 or more)\n" + table.render())
        }
    }
}

/// An extraction laid out for a person: metadata, then entities, quotes, dates, counts and events as tables.
struct ExtractionReport {
    var article: Article
    var extraction: Extraction
    var includeText: Bool

    func render() -> String {
        var out: [String] = []
        out.append(article.title ?? "(untitled)")
        out.append("id \(article.id)  published \(article.published ?? "-")  source \(article.source ?? "-")")
        if let url = article.url { out.append(url) }
        if includeText { out += ["", article.text] }
        let names = Dictionary(extraction.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        if !extraction.entities.isEmpty {
            var table = Table("ID", "TYPE", "NAME", "MENTIONS", "ALIASES", "ROLES")
            table.maxWidth = [4: 40, 5: 50]
            for entity in extraction.entities {
                table.add(entity.id, entity.type.rawValue, entity.name, "\(entity.mentions.count)",
                          entity.aliases.joined(separator: ", "), entity.roles.joined(separator: "; "))
            }
            out += ["", "Entities (\(extraction.entities.count))", table.render()]
        }
        if !extraction.quotes.isEmpty {
            out += ["", "Quotes (\(extraction.quotes.count))"]
            for quote in extraction.quotes {
                let speaker = quote.speaker.flatMap { names[$0] } ?? quote.speakerName ?? "unknown speaker"
                out.append("  “\(quote.text)” — \(speaker)\(quote.cue.map { " (\($0))" } ?? "")")
            }
        }
        if !extraction.dates.isEmpty {
            var table = Table("TEXT", "VALUE", "GRANULARITY")
            for date in extraction.dates { table.add(date.text, date.value, date.granularity.rawValue) }
            out += ["", "Dates (\(extraction.dates.count))", table.render()]
        }
        if !extraction.counts.isEmpty {
            var table = Table("TYPE", "NUMBER", "OBJECT", "PLACE")
            for count in extraction.counts {
                table.add(count.type.rawValue, "\(count.number)", count.object ?? "-", count.location.flatMap { names[$0] } ?? "-")
            }
            out += ["", "Counts (\(extraction.counts.count))", table.render()]
        }
        if !extraction.events.isEmpty {
            var table = Table("CAMEO", "LABEL", "TRIGGER", "ACTORS", "TARGETS", "PLACE", "DATE", "KILLED", "INJURED", "HELD")
            table.maxWidth = [1: 24, 3: 40, 4: 30]
            for event in extraction.events {
                table.add(event.cameo, event.label, event.trigger, event.actors.compactMap { names[$0] }.joined(separator: ", "),
                          event.targets.compactMap { names[$0] }.joined(separator: ", "),
                          event.location.flatMap { names[$0] } ?? "-", event.date ?? "-", event.fatalities.map { "\($0)" } ?? "-",
                          event.injured.map { "\($0)" } ?? "-", event.count.map { "\($0)" } ?? "-")
            }
            out += ["", "Events (\(extraction.events.count))", table.render()]
        }
        return out.joined(separator: "\n")
    }
}
