import EntityTagger
import Geo
import NewsModel
import Syntax

/// The extraction pipeline: article in, one ``Extraction`` out. Pure and deterministic: no I/O, no clock, no
/// randomness; any text is accepted (empty, emoji, right-to-left, megabytes).
///
/// Offsets everywhere are Unicode-scalar offsets into `article.text`, half-open.
public struct ExtractionPipeline: Sendable {
    /// The stages in order, declared in one place (`init`; the comment beside each says what it adds).
    public let stages: [any ExtractionStage]

    /// `syntax` tags and parses every sentence (`Document.syntax`); by default the model shipped with the package.
    /// `gazetteer` places the places on the map (the geocode stage); by default the GeoNames gazetteer shipped
    /// with the package; nil for no geocoding.
    public init(tagger: any DocumentTagger = RuleBasedTagger(), syntax: SyntaxModel? = SyntaxModel.bundled,
                gazetteer: PlaceGazetteer? = PlaceGazetteer.bundled) {
        let parse: [any ExtractionStage] = syntax.map { [SyntaxStage(model: $0)] } ?? []
        let body: [any ExtractionStage] = [
            TokenizeStage(),          // tokens with scalar offsets
            SentenceStage(),          // paragraphs and sentences
            BoilerplateStage(),       // page furniture yields no facts
        ] + parse + [                 // part-of-speech tags and dependency parse
            DateStage(),              // dates with absolute values and granularity
            EntityStage(tagger: tagger),  // mentions -> entities E1, E2...
            DatelineStage(),          // "MOSCOW, February 7. /TASS/.": a place and an agency, not a place TASS
            AliasStage(),             // titles off names; acronyms, other names and "The X" join; demonym -> country
            RoleStage(),              // titles and roles of persons ("Defense Minister", "head of ...")
            CountStage(),             // KILL, WOUND, ARREST... with number, object and place
            CumulativeTollStage(),    // tolls of a war or a period: counts, never an incident's toll
            QuoteStage(),             // quotes, cues, speakers (needs the final entity ids)
            EventStage(),             // CAMEO events: who did what to whom, where, when (reads all the above)
            IncidentFilterStage(),    // not incidents: hypotheticals, disease, accidents, sport, metaphors, tolls
            IncidentMergeStage(),     // one incident once: lead, recap and later mentions in one event
            IncidentPlaceStage(),     // the most specific place its sentences give, not the country
        ]
        // the title through the same stages; its events merge into the body's that tell the same deed
        let geocode: [any ExtractionStage] = gazetteer.map { [GeocodeStage(gazetteer: $0), NestedPlaceMergeStage()] } ?? []
        stages = body + [HeadlineEventStage(stages: body)] + geocode  // places, demonyms, events on the map
        // A stage placed before what it reads would run on an empty document part and find nothing, silently.
        let problems = Self.orderProblems(stages)
        precondition(problems.isEmpty, "the extraction stages are out of order: \(problems.joined(separator: "; "))")
    }

    /// Runs every stage over the article's text. The title yields no facts of its own (no offsets in the text), but its
    /// events complete the body's events that describe the same thing (``HeadlineEventStage``).
    public func extract(_ article: Article) -> Extraction {
        let document = run(Document(text: article.text, title: article.title, published: article.published))
        return Extraction(article: article.metadata, entities: document.entities, quotes: document.quotes,
                          dates: document.dates, counts: document.counts, events: document.events,
                          sentences: document.sentences.map(\.span))
    }

    /// Runs the stages over a document and returns it with every stage's results.
    public func run(_ document: Document) -> Document {
        var document = document
        for stage in stages { stage.run(&document) }
        return document
    }
}
