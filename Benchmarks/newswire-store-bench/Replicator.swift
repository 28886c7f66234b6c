import Ingestion
import NewsModel

/// Makes a corpus of any size from the base corpus: copy `k` of an article has a new content id, and every date of
/// it (published, date mentions, event dates) moved `k * monthsPerCopy` months back, so the copies tile a longer
/// period instead of piling onto the base corpus's weeks. Copy 0 is the base corpus itself.
///
/// Names that only one base article uses (the long tail: a local official, a small town) get a per-copy suffix in
/// copies 1 and up, so the number of distinct entities grows with the corpus as it does in real news, while the
/// frequent ones (Trump, Syria, the UN) accumulate mentions 27 times over as they would.
struct Replicator {
    let base: [StoredArticle]
    let monthsPerCopy: Int
    private let rareNames: Set<String>

    init(base: [StoredArticle], monthsPerCopy: Int = 2) {
        self.base = base
        self.monthsPerCopy = monthsPerCopy
        var articlesPerName: [String: Int] = [:]
        for item in base {
            for name in Set(item.extraction.entities.map { $0.name.lowercased() }) {
                articlesPerName[name, default: 0] += 1
            }
        }
        rareNames = Set(articlesPerName.filter { $0.value == 1 }.keys)
    }

    var rareNameCount: Int { rareNames.count }

    /// Article number `index` of the big corpus (base articles in order, then copy 1 of each, and so on).
    func article(_ index: Int) -> StoredArticle {
        let copy = index / base.count
        let original = base[index % base.count]
        guard copy > 0 else { return original }
        let months = -copy * monthsPerCopy
        var article = original.article
        // The hash of the base id and the copy: `SHA256.hex` of the bare string would only spell its first 8 bytes,
        // the same for every copy (so copy 2 replaced copy 1 article by article; 464 "lost" at 8,000).
        article.id = String(SHA256.hex(SHA256.hash(Array("\(original.article.id)/copy-\(copy)".utf8))).prefix(16))
        article.published = article.published.map { DateShift.shift($0, months: months) }
        var extraction = original.extraction
        extraction.article = article.metadata
        for i in extraction.dates.indices {
            extraction.dates[i].value = DateShift.shift(extraction.dates[i].value, months: months)
        }
        for i in extraction.events.indices {
            extraction.events[i].date = extraction.events[i].date.map { DateShift.shift($0, months: months) }
        }
        let suffix = " " + Self.tag(copy)
        for i in extraction.entities.indices where rareNames.contains(extraction.entities[i].name.lowercased()) {
            extraction.entities[i].name += suffix
            extraction.entities[i].aliases = extraction.entities[i].aliases.map { $0 + suffix }
        }
        return StoredArticle(article: article, extraction: extraction)
    }

    /// "Qa", "Qb", ... : letters, because the entity key folding may drop digits.
    static func tag(_ copy: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var n = copy
        var out = ""
        repeat {
            out = String(letters[n % 26]) + out
            n /= 26
        } while n > 0
        return "Q" + out
    }
}

/// Moves `YYYY-MM-DD`, `YYYY-MM` and `YYYY` by whole months (a day past the end of the new month is clamped to it).
enum DateShift {
    static func shift(_ value: String, months: Int) -> String {
        let parts = value.split(separator: "-").map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return value }
        let numbers = parts.map { $0! }
        if numbers.count == 1 {
            let years = Int((Double(months) / 12).rounded(.down))
            return pad(numbers[0] + years, 4)
        }
        let total = numbers[0] * 12 + (numbers[1] - 1) + months
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        if numbers.count == 2 { return "\(pad(year, 4))-\(pad(month, 2))" }
        let day = min(numbers[2], daysIn(month: month, year: year))
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
