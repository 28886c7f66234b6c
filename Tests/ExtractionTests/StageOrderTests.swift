import Syntax
import Testing
@testable import Extraction

/// Each stage reads only what the stages before it wrote: the pipeline checks its order when it is made.
@Suite("Stage order")
struct StageOrderTests {
    @Test("the pipeline's own order gives every stage what it reads, with the parse and without")
    func shippedOrder() {
        #expect(ExtractionPipeline.orderProblems(ExtractionPipeline().stages) == [])
        #expect(ExtractionPipeline.orderProblems(ExtractionPipeline(syntax: nil).stages) == [])
    }

    @Test("a stage placed before the one that makes what it reads is named, with that one")
    func stageTooEarly() {
        let stages: [any ExtractionStage] = [TokenizeStage(), SentenceStage(), BoilerplateStage(), EntityStage(tagger: RuleBasedTagger()),
                                             QuoteStage(), AliasStage()]
        #expect(ExtractionPipeline.orderProblems(stages) == ["QuoteStage reads aliases, which AliasStage makes after it"])
    }

    @Test("a stage whose input no stage makes is named")
    func missingInput() {
        let problems = ExtractionPipeline.orderProblems([SentenceStage(), BoilerplateStage()])
        #expect(problems == ["SentenceStage reads tokens, which no stage before it makes"])
    }

    @Test("the parse is optional, but if there is one it comes before its readers",
          .enabled(if: SyntaxModel.bundled != nil, "the shipped syntax model"))
    func optionalParse() throws {
        #expect(ExtractionPipeline.orderProblems([TokenizeStage(), SentenceStage(), DateStage()]) == [])
        let model = try #require(SyntaxModel.bundled)
        let late = ExtractionPipeline.orderProblems([TokenizeStage(), SentenceStage(), DateStage(), SyntaxStage(model: model)])
        #expect(late == ["DateStage reads syntax, which SyntaxStage makes after it"])
    }
}
