import Dedup
import Foundation
import GRDB

extension SQLiteStore {
    static let minHasher = MinHasher.standard
    static let lshBands = LSHBands.standard

    /// Fingerprints a just-inserted article, finds its near-duplicates among the stored ones through the bands, and
    /// keeps the pairs (both directions) and its own bands. Cost: the shingles and 126 hash functions over them,
    /// one probe per band, one signature read per candidate: independent of the store's size but for the probes.
    static func addFingerprint(docid: Int64, text: String, in db: Database) throws {
        let print = UpsertPhases.time("dedup: fingerprint") { minHasher.fingerprint(of: text) }
        try UpsertPhases.time("dedup: bands and pairs") {
            try execute(db, "INSERT INTO article_fingerprints (article, shingles, signature) VALUES (?, ?, ?)",
                        [docid, print.shingles, Data(print.bytes)])
            let keys = lshBands.keys(of: print)
            guard !keys.isEmpty else { return }
            let probe = try db.cachedStatement(sql: "SELECT article FROM fingerprint_bands WHERE band_key = ?")
            var candidates = Set<Int64>()
            for key in keys {
                for other in try Int64.fetchAll(probe, arguments: [key]) where other != docid { candidates.insert(other) }
            }
            let read = try db.cachedStatement(sql: "SELECT shingles, signature FROM article_fingerprints WHERE article = ?")
            let pair = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO near_duplicates (article, other, overlap) VALUES (?, ?, ?), (?, ?, ?)
                """)
            for other in candidates.sorted() {
                guard let row = try Row.fetchOne(read, arguments: [other]),
                      let stored = Fingerprint(bytes: [UInt8](row["signature"] as Data), shingles: row["shingles"])
                else { continue }
                let overlap = print.resemblance(to: stored)
                guard overlap >= NearDuplicates.floor else { continue }
                try pair.execute(arguments: [docid, other, overlap, other, docid, overlap])
            }
            let band = try db.cachedStatement(sql: "INSERT OR IGNORE INTO fingerprint_bands (band_key, article) VALUES (?, ?)")
            for key in keys { try band.execute(arguments: [key, docid]) }
        }
    }
}
