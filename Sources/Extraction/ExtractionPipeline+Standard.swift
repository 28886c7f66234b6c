import EntityTagger
import Syntax

extension ExtractionPipeline {
    /// The pipeline the services and the CLI run: the trained entity model shipped with the package (with long
    /// organisation names repaired by the rules), or, if its file cannot be loaded, the rule-based tagger, with a
    /// note through `logger` saying so.
    /// The shipped syntax model too; without it (with a note) the pipeline runs with no parse.
    public static func standard(logger: (String) -> Void = { _ in }) -> ExtractionPipeline {
        var syntax: SyntaxModel?
        do { syntax = try SyntaxModel.bundled ?? SyntaxModel.loadBundled() } catch {
            logger("the syntax model could not be loaded (\(error)); running without a parse")
        }
        do {
            return ExtractionPipeline(tagger: OrganisationRepairTagger(model: try PerceptronTagger.loadBundled()), syntax: syntax)
        } catch {
            logger("the trained entity model could not be loaded (\(error)); using the rule-based tagger")
            return ExtractionPipeline(tagger: RuleBasedTagger(), syntax: syntax)
        }
    }
}
