import GRDB
import NewsModel
@testable import Storage

/// A third article for the corpus queries: Wagner attacks Tessit, Goïta (no first name) condemns it.
extension Fixture {
    static let wagnerText = "Wagner fighters attacked Tessit on Monday. Goïta, President of Mali, condemned Wagner."

    static var wagner: (article: Article, extraction: Extraction) {
        let text = wagnerText
        let article = Article(id: "wagner-3", title: "Tessit attacked", text: text, published: "2022-09-05",
                              url: "https://example.org/wagner", source: "Wire Agency")
        let firstEnd = span("Monday.", in: text).end
        let extraction = Extraction(
            article: article.metadata,
            entities: [
                Entity(id: "E1", type: .organisation, name: "Wagner",
                       mentions: [span("Wagner", in: text), span("Wagner", in: text, occurrence: 1)]),
                Entity(id: "E2", type: .location, name: "Tessit", mentions: [span("Tessit", in: text)]),
                Entity(id: "E3", type: .person, name: "Goïta", roles: ["President of Mali"], mentions: [span("Goïta", in: text)]),
                Entity(id: "E4", type: .location, name: "Mali", mentions: [span("Mali", in: text)]),
            ],
            events: [
                Event(cameo: "18", label: "assault", trigger: "attacked", actors: ["E1"], location: "E2", date: "2022-09-05",
                      fatalities: 5, sentence: 0),
                Event(cameo: "11", label: "disapprove", trigger: "condemned", actors: ["E3"], targets: ["E1"], sentence: 1),
            ],
            sentences: [Span(start: 0, end: firstEnd), Span(start: firstEnd + 1, end: text.unicodeScalars.count)])
        return (article, extraction)
    }

    /// The three articles the corpus tests query.
    static var corpus: [(article: Article, extraction: Extraction)] { [mali, paris, wagner] }

    /// An article naming one entity once, of a given type: to make names that match several entities.
    static func single(id: String, name: String, type: EntityType, published: String? = nil) -> (article: Article, extraction: Extraction) {
        let text = "\(name) was in the news."
        let article = Article(id: id, text: text, published: published)
        return (article, Extraction(article: article.metadata, entities: [
            Entity(id: "E1", type: type, name: name, mentions: [span(name, in: text)]),
        ], sentences: [Span(start: 0, end: text.unicodeScalars.count)]))
    }
}

extension SQLiteStore {
    /// The tables kept at upsert time since v4-store7, against their recomputation from the rows.
    var aggregatePairs: [(String, String)] {
        [("SELECT entity, articles, mentions FROM entity_stats",
          "SELECT entity, COUNT(*), SUM(mentions) FROM entity_articles GROUP BY entity"),
         ("SELECT entity, day, articles, mentions, events, fatalities FROM entity_days", Self.aggregateRecomputation[0].select),
         ("SELECT a, b, articles, sentences FROM entity_pairs", Self.aggregateRecomputation[1].select),
         ("SELECT source, target, events, fatalities FROM event_edges", Self.aggregateRecomputation[2].select)]
    }

    /// The derived tables recomputed from `mentions` in SQL, against what the upsert keeps: equal when they are right.
    func derivedTablesMatchMentions() throws -> Bool {
        try pool.read { db in
            let pairs: [(String, String)] = [
                ("SELECT entity, article, day, mentions FROM entity_articles",
                 "SELECT m.entity, m.article, \(Self.day("a.published")), COUNT(*) FROM mentions m JOIN articles a ON a.docid = m.article GROUP BY m.entity, m.article"),
                ("SELECT entity, form, mentions FROM entity_form_counts",
                 "SELECT m.entity, substr(a.text, m.start + 1, m.\"end\" - m.start) AS f, COUNT(*) FROM mentions m JOIN articles a ON a.docid = m.article GROUP BY m.entity, f"),
                // What `quotes --about` tested per quote before v3-upsert.
                ("SELECT quote, entity, published FROM quote_about",
                 """
                 SELECT DISTINCT q.id, m.entity, q.published FROM quotes q JOIN mentions m ON m.article = q.article
                 WHERE m.start < COALESCE(q.sentence_end, q."end") AND m."end" > COALESCE(q.sentence_start, q.start)
                   AND NOT (m.entity IS q.speaker AND (m."end" <= q.start OR m.start >= q."end"))
                 """),
                ("SELECT id, event_day FROM events",
                 "SELECT e.id, \(Self.eventDay()) FROM events e JOIN articles a ON a.docid = e.article"),
                // The sentence of a mention straight from the stored extraction: the greatest start at or before it.
                ("SELECT article, sentence, entity, day, mentions FROM sentence_entities",
                 """
                 SELECT m.article, COALESCE((SELECT s.key FROM json_each(a.extraction, '$.sentences') s
                                             WHERE json_extract(s.value, '$.start') <= m.start
                                             ORDER BY json_extract(s.value, '$.start') DESC, s.key LIMIT 1), -1) AS sentence,
                        m.entity, \(Self.day("a.published")), COUNT(*)
                 FROM mentions m JOIN articles a ON a.docid = m.article GROUP BY m.article, sentence, m.entity
                 """),
            ] + aggregatePairs
            // Since v3-upsert no foreign key ties a mention to its entity: none may point at a dead one.
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mentions m LEFT JOIN entities e ON e.id = m.entity WHERE e.id IS NULL") != 0 {
                return false
            }
            // Every entity with enough mentions has its pairs kept (v4-store7).
            if try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM entity_stats WHERE hot = 0 AND mentions >= (SELECT hot_mentions FROM aggregate_settings)
                """) != 0 {
                return false
            }
            for (kept, recomputed) in pairs {
                let difference = try Int.fetchOne(db, sql: """
                    SELECT (SELECT COUNT(*) FROM (\(kept) EXCEPT \(recomputed))) + (SELECT COUNT(*) FROM (\(recomputed) EXCEPT \(kept)))
                    """) ?? -1
                if difference != 0 { return false }
            }
            return true
        }
    }
}
