import Foundation
import Ingestion
import NewsModel
import ServiceCore
import Testing

/// Issue 10: a forged result with a real article's id replaced its text; one with a made-up id became a searchable
/// article. The store recomputes the content id from the title and text and refuses any other.
@Suite("What the store checks of a result")
struct ResultCheckTests {
    let now = Date(timeIntervalSince1970: 2_000_000)

    static func message(_ article: Article, extractionID: String? = nil) -> Data {
        WireCodec.encode(ExtractionMessage(article: article, extraction: Extraction(article: ArticleMetadata(id: extractionID ?? article.id)),
                                           extractor: "e1", elapsedMicroseconds: 1))
    }

    @Test("a result whose id is its content id is batched")
    func genuine() {
        var machine = StoreStateMachine()
        var article = Article(title: "Flood", text: "Floods hit Dhaka on Monday.")
        article.id = ContentID.of(article)
        #expect(machine.received(Self.message(article), now: now) == .batched)
    }

    @Test("a real article's id on another text, a made-up id, or an extraction of another article is refused and dead-lettered")
    func forged() {
        var machine = StoreStateMachine()
        var real = Article(title: "Flood", text: "Floods hit Dhaka on Monday.")
        real.id = ContentID.of(real)
        let replaced = Article(id: real.id, title: "Flood", text: "This story was withdrawn.")
        let invented = Article(id: "0123456789abcdef", text: "Putin said something he never said.")
        for payload in [Self.message(replaced), Self.message(invented), Self.message(real, extractionID: "ffffffffffffffff")] {
            guard case .rejected(let error) = machine.received(payload, now: now) else {
                Issue.record("a forged result was taken")
                continue
            }
            #expect(error.code == .invalidParameter)
        }
        #expect(machine.takeBatch() == nil, "nothing forged is written")
        let letters = machine.takeDeadLetters()
        #expect(letters.count == 3)
        #expect(letters[0].reason.contains("content id mismatch") && letters[0].reason.contains(ContentID.of(replaced)))
        #expect(letters[0].articleID == real.id)
        #expect(letters[2].reason.contains("extraction is of article 'ffffffffffffffff'"))
    }

    @Test("the check sees through normalisation: the id the ingester gave a messy text is the id of its normalised text")
    func normalised() throws {
        let prepared = try ArticleNormalizer.prepare(Article(title: "  Flood \n", text: "Floods hit\r\nDhaka.  \n\n\n\nComments\n"))
        var machine = StoreStateMachine()
        #expect(machine.received(Self.message(prepared), now: now) == .batched)
    }
}
