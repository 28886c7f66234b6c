import ModelSupport
import Foundation

/// Word clusters: each word gets a path of cluster ids, coarse to fine (`levels` of them), learned from
/// unlabelled text. The file is text: `word<TAB>id1<TAB>id2...<TAB>count`, one word a line.
public struct WordClusters: Sendable {
    public var levels: Int
    /// word -> ids, coarse to fine
    public var paths: [String: [UInt16]]
    public var counts: [String: Int]

    public init(levels: Int, paths: [String: [UInt16]], counts: [String: Int] = [:]) {
        self.levels = levels
        self.paths = paths
        self.counts = counts
    }

    /// Word hash -> packed path (16 bits a level, coarse level lowest), what `FeatureLexicon.clusters` holds.
    public var table: [UInt64: UInt64] {
        var out: [UInt64: UInt64] = [:]
        out.reserveCapacity(paths.count)
        for (word, path) in paths {
            var packed: UInt64 = 0
            for (level, id) in path.prefix(4).enumerated() { packed |= UInt64(id) << (16 * UInt64(level)) }
            out[FeatureHash.word(word)] = packed
        }
        return out
    }

    public static func read(path: String) throws -> WordClusters {
        guard let data = FileManager.default.contents(atPath: path) else { throw CoNLLError.unreadable(path) }
        var paths: [String: [UInt16]] = [:], counts: [String: Int] = [:]
        var levels = 0
        String(decoding: data, as: UTF8.self).enumerateLines { line, _ in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { return }
            let ids = fields[1..<(fields.count - 1)].compactMap { UInt16($0) }
            levels = max(levels, ids.count)
            paths[String(fields[0])] = ids
            counts[String(fields[0])] = Int(fields[fields.count - 1]) ?? 0
        }
        return WordClusters(levels: levels, paths: paths, counts: counts)
    }

    public func write(path: String) throws {
        var out = ""
        for word in paths.keys.sorted() {
            out += word
            for id in paths[word]! { out += "\t\(id)" }
            out += "\t\(counts[word] ?? 0)\n"
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
