import Foundation
import Ingestion
import NewsModel
import Testing

/// docs/protocol.md gives the normalisation and content-id algorithm with test vectors, so that another implementation
/// can compute the same ids (issue 10: a second implementation written from the page reproduced neither). This checks
/// the page's vectors against the code, so the page cannot drift from it.
@Suite("The protocol page's content-id vectors")
struct ProtocolVectorTests {
    struct Vector: Decodable, CustomTestStringConvertible {
        var title: String?
        var text: String
        var normalised_title: String?
        var normalised_text: String
        var id: String
        var testDescription: String { id }
    }

    static let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/protocol.md")

    static func vectors() throws -> [Vector] {
        let text = try String(contentsOf: page, encoding: .utf8)
        guard let marker = text.range(of: "<!-- content-id-vectors -->\n```json\n"),
              let end = text.range(of: "\n```", range: marker.upperBound..<text.endIndex) else { return [] }
        return try text[marker.upperBound..<end.lowerBound].split(separator: "\n").map {
            try JSONDecoder().decode(Vector.self, from: Data($0.utf8))
        }
    }

    @Test("the page has vectors")
    func present() throws {
        #expect(try Self.vectors().count >= 8)
    }

    @Test("each vector's normalised title, text and id are what the code makes of it", arguments: try vectors())
    func vector(_ vector: Vector) throws {
        let normalised = ArticleNormalizer.normalize(Article(title: vector.title, text: vector.text))
        #expect(normalised.title == vector.normalised_title)
        #expect(normalised.text == vector.normalised_text)
        #expect(ContentID.of(Article(title: vector.title, text: vector.text)) == vector.id)
        let prepared = try ArticleNormalizer.prepare(Article(title: vector.title, text: vector.text))
        #expect(prepared.id == vector.id, "the ingester's path gives the same id")
    }
}
