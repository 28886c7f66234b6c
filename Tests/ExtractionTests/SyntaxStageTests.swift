import Syntax
import Testing
@testable import Extraction

/// The parse as later stages read it from the Document, on the pipeline's own tokens and sentences.
@Suite(.enabled(if: SyntaxModel.bundled != nil, "the shipped syntax model"))
struct SyntaxStageTests {
    func document(_ text: String) -> Document { ExtractionPipeline().run(Document(text: text)) }

    func token(_ d: Document, _ text: String) -> Int { d.tokens.firstIndex { $0.text == text }! }
    func texts(_ d: Document, _ tokens: [Int]) -> [String] { tokens.map { d.tokens[$0].text } }

    @Test func everyTokenHasSyntax() {
        let d = document("Gunmen attacked a village in central Mali on Sunday. Twelve people were killed, officials said.")
        #expect(d.syntax.count == d.tokens.count)
        for sentence in d.sentences {
            let roots = sentence.tokens.filter { d.head(of: $0) == nil }
            #expect(!roots.isEmpty)
            for t in sentence.tokens { if let h = d.head(of: t) { #expect(sentence.tokens.contains(h)) } }
        }
        #expect(d.syntax[token(d, "attacked")].tag == .VBD)
        #expect(d.syntax[token(d, "were")].pos == .AUX)
    }

    @Test func subjectsObjectsAndAgents() {
        let d = document("Twelve villagers were killed by gunmen near the border. Police arrested three men and questioned them.")
        let killed = token(d, "killed")
        #expect(texts(d, d.subjects(of: killed)) == ["villagers"])
        #expect(d.isPassive(killed))
        #expect(d.passiveAgent(of: killed).map { d.tokens[$0].text } == "gunmen")
        let arrested = token(d, "arrested")
        #expect(texts(d, d.subjects(of: arrested)) == ["Police"])
        #expect(texts(d, d.objects(of: arrested)) == ["men"])
        #expect(!d.isPassive(arrested))
        // a coordinated verb shares the subject
        let questioned = token(d, "questioned")
        #expect(texts(d, d.subjects(of: questioned)) == ["Police"])
        #expect(d.conjuncts(of: arrested) == [questioned])
        let men = token(d, "men")
        #expect(d.string(tokens: d.subtree(of: men)) == "three men")
    }

    @Test func withoutAModelThereIsNoParse() {
        let d = ExtractionPipeline(syntax: nil).run(Document(text: "Police arrested three men."))
        #expect(d.syntax.isEmpty)
        #expect(d.head(of: 0) == nil)
        #expect(d.subjects(of: 1).isEmpty)
        #expect(d.dependents(of: 1).isEmpty)
    }
}
