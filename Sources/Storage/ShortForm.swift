/// When a one-word key can be a short form of a longer name: one of its words ("Trump" of "donald trump",
/// "Kim" of "kim jong un") or its initials ("FBI" of "federal bureau of investigation", "EU" of "european union").
/// Keys are folded (`EntityKey.fold`).
enum ShortForm {
    static func isShortForm(_ short: String, of long: String) -> Bool {
        let words = EntityKey.tokens(long)
        guard words.count > 1 else { return false }
        if words.contains(Substring(short)) { return true }
        return initials(words, skippingLinkWords: false) == short || initials(words, skippingLinkWords: true) == short
    }

    static func initials(_ words: [Substring], skippingLinkWords: Bool) -> String {
        String(words.filter { !skippingLinkWords || !linkWords.contains($0) }.compactMap(\.first))
    }

    /// Words acronyms usually leave out.
    static let linkWords: Set<Substring> = ["of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "&"]
}
