import GRDB
import NewsModel
@testable import Storage

/// How stores before v3-upsert wrote an article's facts: the v1 columns only (the v2-query columns came from an
/// UPDATE afterwards, `writeQueryColumns`), event actors without their position. The migration tests write old
/// databases with it; the store's own insert writes every column at once and cannot run on an old schema.
enum LegacyWriter {
    static func insertFacts(_ extraction: Extraction, docid: Int64, local: [String: Int64], in db: Database) throws {
        func entity(_ localID: String?) -> Int64? { localID.flatMap { local[$0] } }
        for quote in extraction.quotes {
            try db.execute(sql: """
                INSERT INTO quotes (article, text, speaker, speaker_name, cue, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [docid, quote.text, entity(quote.speaker), quote.speakerName, quote.cue, quote.start, quote.end])
        }
        for date in extraction.dates {
            try db.execute(sql: "INSERT INTO dates (article, text, value, granularity, start, \"end\") VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [docid, date.text, date.value, date.granularity.rawValue, date.start, date.end])
        }
        for count in extraction.counts {
            try db.execute(sql: """
                INSERT INTO counts (article, type, number, object, location, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [docid, count.type.rawValue, count.number, count.object, entity(count.location), count.start,
                                 count.end])
        }
        for event in extraction.events {
            try db.execute(sql: """
                INSERT INTO events (article, cameo, label, "trigger", location, date, fatalities, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [docid, event.cameo, event.label, event.trigger, entity(event.location), event.date,
                                 event.fatalities, event.sentence])
            let eventID = db.lastInsertedRowID
            for (role, ids) in [("actor", event.actors), ("target", event.targets)] {
                for id in ids.compactMap({ local[$0] }) {
                    try db.execute(sql: "INSERT OR IGNORE INTO event_actors (event, entity, role) VALUES (?, ?, ?)",
                                   arguments: [eventID, id, role])
                }
            }
        }
    }
}
