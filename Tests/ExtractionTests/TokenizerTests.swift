import NewsModel
import Testing
@testable import Extraction

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    func words(_ text: String) -> [String] { tokenizer.tokenize(text).map(\.text) }

    /// Every token is exactly its slice of the text, tokens are in order and do not overlap.
    func checkRoundTrip(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for token in tokenizer.tokenize(scalars) {
            #expect(token.start >= previousEnd && token.start < token.end && token.end <= scalars.count,
                    sourceLocation: sourceLocation)
            #expect(makeString(scalars, token.start, token.end) == token.text, sourceLocation: sourceLocation)
            previousEnd = token.end
        }
    }

    /// Sentences copied from the news corpus (`NewsArticles.csv`) and the seed, with their quirks.
    static let newsSentences = [
        "\"It is hard to imagine a worse choice,\"?Sen. Elizabeth Warren, D-Mass., said before she read letters from constituents.",
        "Sen. Chris Van Hollen, D-Md., said his office received 14,000 calls about DeVos.",
        "Pence read the vote count 50-50 and then voted himself, rendering the tally 51-50.",
        "DeVos' nomination drew above-average negative reactions from the public.",
        "Democrats staged a 24-hour marathon of speeches, with more than 30 lawmakers taking to the floor.",
        "During the ceremony, the Malian Defense Minister, Sadio Camara, praised the \"win-win partnership with the Russian Federation.\"",
        "Colonel Assimi Goïta also received on Wednesday Amina J. Mohammed, Deputy Secretary General of the United Nations.",
        "The Malian army incriminates the Islamic State in the Greater Sahara (EIGS) and \"external expertise.\"",
        "“We’re not leaving,” Ra’ad al-Hussein told reporters in Baghdad’s Green Zone — again.",
        "Lt. Gen. Charles-Antoine Dupont arrived at 3:30 p.m. on Jan. 5, 2019, with 1,800 troops and $3.5 million.",
        "See https://www.aljazeera.com/news/2022/8/10/mali?ref=rss. Write to press@un.org!",
        "قال الرئيس إن الوضع مستقر. «نحن مستعدون»",
        "Emoji 👍🏽 and flags 🇲🇱🇷🇺 and families 👨‍👩‍👧 and keycaps 1️⃣ stay whole.",
        "Decomposed Goi\u{308}ta, soft\u{AD}hyphen, RTL\u{200F}mark, and\ttabs\r\nCRLF.",
    ]

    @Test(.enabled(if: Fixtures.hasSeed, "needs ../shared/data/seed and ../shared/gold (the seed and its gold)")) func roundTripOnNewsText() throws {
        for sentence in Self.newsSentences { checkRoundTrip(sentence) }
        checkRoundTrip(try Fixtures.seedText())
        checkRoundTrip("")
        checkRoundTrip("   \n\n ")
    }

    @Test func abbreviationsAndInitials() {
        #expect(words("U.S. troops") == ["U.S.", "troops"])
        #expect(words("Lt. Gen. Charles-Antoine Ra'ad") == ["Lt.", "Gen.", "Charles-Antoine", "Ra'ad"])
        #expect(words("Amina J. Mohammed") == ["Amina", "J.", "Mohammed"])
        #expect(words("Dr. Smith on Jan. 5") == ["Dr.", "Smith", "on", "Jan.", "5"])
        #expect(words("at 3 p.m. today") == ["at", "3", "p.m.", "today"])
        #expect(words("she said no. The end") == ["she", "said", "no", ".", "The", "end"])
        #expect(words("No. 1 seed") == ["No.", "1", "seed"])
        #expect(words("in Mali.") == ["in", "Mali", "."])
    }

    @Test func numbers() {
        let tokens = tokenizer.tokenize("1,800 soldiers, 3.5 percent, in 2019.")
        #expect(tokens.map(\.text) == ["1,800", "soldiers", ",", "3.5", "percent", ",", "in", "2019", "."])
        #expect(tokens[0].kind == .number && tokens[3].kind == .number && tokens[7].kind == .number)
        #expect(words("a 24-hour marathon, 50-50") == ["a", "24-hour", "marathon", ",", "50-50"])
    }

    @Test func cliticsAndApostrophes() {
        #expect(words("Mali's transition") == ["Mali", "'s", "transition"])
        #expect(words("Mali’s transition") == ["Mali", "’s", "transition"])
        #expect(words("don't") == ["do", "n't"])
        #expect(words("We can’t, they’re") == ["We", "ca", "n’t", ",", "they", "’re"])
        #expect(words("Ra'ad and O’Brien") == ["Ra'ad", "and", "O’Brien"])
        #expect(words("soldiers' families") == ["soldiers", "'", "families"])
    }

    @Test func quotesAndDashes() {
        let tokens = tokenizer.tokenize("“Hello,” she said — quickly -- \"twice\"...")
        #expect(tokens.map(\.text) == ["“", "Hello", ",", "”", "she", "said", "—", "quickly", "--", "\"", "twice", "\"", "..."])
        #expect(tokens[0].kind == .quote && tokens[3].kind == .quote && tokens[9].kind == .quote)
        #expect(tokens[6].kind == .punctuation)
    }

    @Test func urlsAndEmails() {
        let tokens = tokenizer.tokenize("See https://www.aljazeera.com/news/2022/8/10/mali?ref=rss. Write to press@un.org!")
        #expect(tokens.map(\.text) == ["See", "https://www.aljazeera.com/news/2022/8/10/mali?ref=rss", ".", "Write", "to",
                                       "press@un.org", "!"])
        #expect(tokens[1].kind == .url && tokens[5].kind == .email)
        #expect(words("(www.un.org)") == ["(", "www.un.org", ")"])
    }

    @Test func unicodeText() {
        #expect(words("Goïta") == ["Goïta"])
        let decomposed = tokenizer.tokenize("Goi\u{308}ta said")
        #expect(decomposed.count == 2 && decomposed[0].end == 6)
        #expect(words("قال الرئيس") == ["قال", "الرئيس"])
        let emoji = tokenizer.tokenize("👍🏽 🇲🇱 👨‍👩‍👧")
        #expect(emoji.count == 3 && emoji.allSatisfy { $0.kind == .symbol })
        #expect(words("RTL\u{200F}mark") == ["RTL", "mark"])
    }
}
