import Foundation

/// A named list of gold articles, `Tests/Gold/sets/<name>.txt`: one `article_id` a line, `#` comments and blank
/// lines ignored. The gold file of id 812 is `Tests/Gold/812.gold.json`.
public struct GoldSet: Sendable, Hashable {
    public var name: String
    public var ids: [Int]

    public init(name: String, ids: [Int]) {
        self.name = name
        self.ids = ids
    }

    /// The set's list read from `<goldFolder>/sets/<name>.txt`; the error names the file and the bad line.
    public static func load(_ name: String, goldFolder: String) throws(GoldFileError) -> GoldSet {
        let path = ArticleLocator.join(ArticleLocator.join(goldFolder, "sets"), name + ".txt")
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            let known = names(goldFolder: goldFolder)
            throw GoldFileError(file: path, reason: "no such gold set \"\(name)\""
                + (known.isEmpty ? "" : " (known: \(known.joined(separator: ", ")))"))
        }
        return try parse(text, name: name, file: path)
    }

    public static func parse(_ text: String, name: String, file: String) throws(GoldFileError) -> GoldSet {
        var ids: [Int] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { String($0).trimmingWhitespace() } ?? ""
            if line.isEmpty { continue }
            guard let id = Int(line) else {
                throw GoldFileError(file: file, reason: "line \(number + 1): \"\(line)\" is not an article_id")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return GoldSet(name: name, ids: ids)
    }

    /// The sets in `<goldFolder>/sets`, by name, sorted.
    public static func names(goldFolder: String) -> [String] {
        let folder = ArticleLocator.join(goldFolder, "sets")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The gold files of the set that exist, and the ids whose file is not written yet.
    public func files(goldFolder: String) -> (present: [String], missing: [Int]) {
        var present: [String] = [], missing: [Int] = []
        for id in ids {
            let path = ArticleLocator.join(goldFolder, "\(id).gold.json")
            if FileManager.default.fileExists(atPath: path) { present.append(path) } else { missing.append(id) }
        }
        return (present, missing)
    }

    /// `<repo>/Tests/Gold`, the repo being the nearest folder at or above `start` holding a Package.swift.
    public static func defaultGoldFolder(from start: String) -> String? {
        var folder = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                let gold = folder.appendingPathComponent("Tests/Gold").path
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: gold, isDirectory: &isFolder), isFolder.boolValue { return gold }
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}
