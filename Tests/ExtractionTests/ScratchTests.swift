import Foundation
import NewsModel
import Testing
@testable import Extraction

@Test func scratchSeed() throws {
    let text = try Fixtures.seedText()
    let document = ExtractionPipeline().run(Document(text: text))
    for s in document.sentenceTexts() { print("S:", s) }
    for e in document.entities { print("E:", e.id, e.type.rawValue, e.name, e.aliases, e.mentions.count) }
    for q in document.quotes { print("Q:", q.text.prefix(40), "|", q.speaker ?? "-", q.speakerName ?? "-", q.cue ?? "-") }
}
