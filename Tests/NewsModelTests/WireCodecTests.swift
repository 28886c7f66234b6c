import Foundation
import NewsModel
import Testing

@Suite("Wire messages")
struct WireCodecTests {
    private func json(_ data: Data) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("every message carries its type and the protocol version")
    func typeAndVersion() throws {
        let article = Article(title: "T", text: "Body", published: "2022-08-10")
        let extraction = Extraction(article: article.metadata)
        let messages: [(any WireMessage, MessageType)] = [
            (ArticleMessage(article: article), .article),
            (ExtractionMessage(article: article, extraction: extraction, extractor: "x", elapsedMicroseconds: 3), .extraction),
            (AckMessage(ids: ["a"]), .ack),
            (TakenMessage(ids: ["a"], extractor: "e1"), .taken),
            (NackMessage(items: [NackItem(id: "a", reason: "content id mismatch")]), .nack),
            (HeartbeatMessage(service: "extractor", instance: "e1", processed: 1, failed: 0), .heartbeat),
            (IngestRequest(articles: [article]), .ingest),
            (IngestReply(results: [IngestOutcome(index: 0, id: "a", status: .accepted)]), .ingestResult),
            (QueryRequest(query: .search, text: "Wagner"), .query),
            (QueryReply(query: .search), .result),
            (PingMessage(), .ping),
            (PongMessage(status: ServiceStatus(service: "store", up: true)), .pong),
            (ErrorReply(code: .notFound, message: "no"), .error),
        ]
        #expect(Set(messages.map(\.1)) == Set(MessageType.allCases))
        for (message, type) in messages {
            let data = WireCodec.encode(message)
            let object = try json(data)
            #expect(object["type"] as? String == type.rawValue)
            #expect(object["v"] as? Int == wireProtocolVersion)
            #expect(try WireCodec.messageType(of: data) == type)
        }
    }

    @Test("multi-word fields are snake_case on the wire")
    func snakeCase() throws {
        let quote = Quote(text: "q", speaker: "E1", speakerName: "Assimi Goïta", cue: "declared", start: 1, end: 2)
        let object = try json(WireCodec.makeEncoder().encode(quote))
        #expect(object["speaker_name"] as? String == "Assimi Goïta")
        let request = try json(WireCodec.encode(QueryRequest(query: .entities, requestID: "r1", entityType: "PER")))
        #expect(request["request_id"] as? String == "r1")
        #expect(request["entity_type"] as? String == "PER")
        let message = try json(WireCodec.encode(ExtractionMessage(article: Article(text: "x"), extraction: Extraction(article: ArticleMetadata(id: "")),
                                                                  extractor: "e", elapsedMicroseconds: 7)))
        #expect(message["elapsed_us"] as? Int == 7)
    }

    @Test("a request written by hand in another language decodes")
    func handWritten() throws {
        let data = Data(#"{"type":"ingest","v":1,"request_id":"py-1","articles":[{"text":"Hello","title":"Hi","published":"2017-02-07"}]}"#.utf8)
        let request = try WireCodec.decode(IngestRequest.self, from: data)
        #expect(request.requestID == "py-1")
        #expect(request.articles.first?.text == "Hello")
        #expect(request.articles.first?.id == "")
    }

    @Test("round trip keeps every field", arguments: [
        Extraction(article: ArticleMetadata(id: "abc", title: "T", published: "2022-08-10", url: "http://x/y", source: "x"),
                   entities: [Entity(id: "E1", type: .person, name: "Assimi Goïta", aliases: ["Goïta"], roles: ["President"],
                                     mentions: [Span(start: 33, end: 45)])],
                   quotes: [Quote(text: "We spoke", speaker: "E1", speakerName: "Assimi Goïta", cue: "declared", start: 1, end: 9)],
                   dates: [DateMention(text: "Wednesday, August 10", value: "2022-08-10", granularity: .day, start: 3, end: 23)],
                   counts: [CountMention(type: .kill, number: 42, object: "Malian soldiers", location: "E7", start: 5, end: 9)],
                   events: [Event(cameo: "19", label: "fight", trigger: "killed", actors: ["E9"], targets: ["E2"], location: "E7",
                                  date: "2022-08-07", fatalities: 42, sentence: 4)],
                   sentences: [Span(start: 0, end: 10)]),
    ])
    func roundTrip(extraction: Extraction) throws {
        let data = try WireCodec.makeEncoder().encode(extraction)
        #expect(try WireCodec.makeDecoder().decode(Extraction.self, from: data) == extraction)
    }

    @Test("decoding errors name the problem")
    func errorsNameTheField() throws {
        func error(_ text: String) -> ErrorReply? {
            do {
                _ = try WireCodec.decode(IngestRequest.self, from: Data(text.utf8))
                return nil
            } catch {
                return error
            }
        }
        let missingText = try #require(error(#"{"type":"ingest","v":1,"articles":[{"title":"a","text":"b"},{"title":"x"}]}"#))
        #expect(missingText.code == .malformedRequest)
        #expect(missingText.message.contains("'text'"))
        #expect(missingText.message.contains("articles[1]"))
        let wrongType = try #require(error(#"{"type":"ingest","v":1,"articles":"nope"}"#))
        #expect(wrongType.message.contains("articles"))
        #expect(wrongType.message.contains("array"))
        let notJSON = try #require(error("{oops"))
        #expect(notJSON.message.contains("not valid JSON"))
    }

    @Test("unknown types and versions are named in the error")
    func unknownTypeAndVersion() {
        #expect(throws: ErrorReply.self) { try WireCodec.messageType(of: Data(#"{"type":"frobnicate","v":1}"#.utf8)) }
        do {
            _ = try WireCodec.messageType(of: Data(#"{"type":"frobnicate","v":1}"#.utf8))
        } catch {
            #expect(error.code == .unknownType)
            #expect(error.message.contains("frobnicate"))
        }
        do {
            _ = try WireCodec.messageType(of: Data(#"{"type":"query","v":99}"#.utf8))
        } catch {
            #expect(error.code == .unsupportedVersion)
            #expect(error.message.contains("99"))
        }
        #expect(WireCodec.requestID(in: Data(#"{"type":"x","request_id":"r9"}"#.utf8)) == "r9")
        #expect(WireCodec.requestID(in: Data("garbage".utf8)) == nil)
        let request = Data(#"{"type":"ingest","v":1,"request_id":"r7","articles":[{}]}"#.utf8)
        #expect(ErrorReply(code: .malformedRequest, message: "m").answering(request).requestID == "r7")
        #expect(ErrorReply(code: .malformedRequest, message: "m", requestID: "own").answering(request).requestID == "own")
    }
}
