import EntityTagger

extension ExtractionPipeline {
    /// The pipeline the services and the CLI run: the trained entity model shipped with the package (with long
    /// organisation names repaired by the rules), or, if its file cannot be loaded, the rule-based tagger, with a
    /// note through `logger` saying so.
    public static func standard(logger: (String) -> Void = { _ in }) -> ExtractionPipeline {
        do {
            return ExtractionPipeline(tagger: OrganisationRepairTagger(model: try PerceptronTagger.loadBundled()))
        } catch {
            logger("the trained entity model could not be loaded (\(error)); using the rule-based tagger")
            return ExtractionPipeline(tagger: RuleBasedTagger())
        }
    }
}
