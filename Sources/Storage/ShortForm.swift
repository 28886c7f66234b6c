/// When a key can be a short form of a longer name: one of its words ("Trump" of "donald trump", "Kim" of
/// "kim jong un"), its initials ("FBI" of "federal bureau of investigation", "EU" of "european union"), or its
/// surname, which may be several words ("le pen" of "marine le pen", "al assad" of "bashar al assad").
/// Keys are folded (`EntityKey.fold`).
enum ShortForm {
    static func isShortForm(_ short: String, of long: String) -> Bool {
        let words = EntityKey.tokens(long)
        guard words.count > 1 else { return false }
        return words.contains(Substring(short)) || isInitials(short, of: long)
    }

    /// `short` is the initials of `long`, with or without its link words: "fbi", "eu", "doj" for "justice department".
    static func isInitials(_ short: String, of long: String) -> Bool {
        let words = EntityKey.tokens(long)
        guard words.count > 1 else { return false }
        // "justice department" is also "department of justice" ("DOJ"), as folding reordered it.
        var spoken = [words]
        if let head = words.last, head == "department" || head == "ministry" {
            spoken.append([head, "of"] + words.dropLast())
        }
        return spoken.contains { initials($0, skippingLinkWords: false) == short || initials($0, skippingLinkWords: true) == short }
    }

    static func initials(_ words: [Substring], skippingLinkWords: Bool) -> String {
        String(words.filter { !skippingLinkWords || !linkWords.contains($0) }.compactMap(\.first))
    }

    /// Words acronyms usually leave out.
    static let linkWords: Set<Substring> = ["of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "&"]

    /// Words that begin a surname of several words: "Le Pen", "al-Assad", "bin Salman", "van der Bellen",
    /// "de Blasio", "da Silva". Not "ben" or "abu", which as often begin a given name ("Ben Carson").
    static let surnameParticles: Set<Substring> = [
        "al", "el", "le", "la", "de", "di", "da", "du", "del", "della", "der", "van", "von", "bin", "ibn", "dos", "das",
    ]

    /// A key that may stand for a longer name: one word, or a particle and one or two words ("le pen",
    /// "van der bellen"). Only these are ever joined to another key; every other key names its own entity.
    static func isJoinable(_ key: String) -> Bool {
        let words = EntityKey.tokens(key)
        if words.count == 1 { return true }
        return (2...3).contains(words.count) && surnameParticles.contains(words[0])
    }

    /// `short`'s words end `long` and are fewer: "obama" of "barack obama", "le pen" of "marine le pen".
    static func isSurname(_ short: String, of long: String) -> Bool {
        let shortWords = EntityKey.tokens(short)
        let longWords = EntityKey.tokens(long)
        return !shortWords.isEmpty && shortWords.count < longWords.count
            && longWords.suffix(shortWords.count).elementsEqual(shortWords)
    }

    /// The surnames a longer name can be called by: its last word, and each ending that starts with a particle
    /// ("bashar al assad": "assad" and "al assad").
    static func surnames(of long: String) -> [String] {
        let words = EntityKey.tokens(long)
        guard words.count > 1 else { return [] }
        var out = [String(words[words.count - 1])]
        for start in stride(from: words.count - 2, through: max(1, words.count - 3), by: -1)
        where surnameParticles.contains(words[start]) {
            out.append(words[start...].joined(separator: " "))
        }
        return out
    }
}
