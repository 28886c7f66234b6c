/// What a stage reads from the document and what it adds, so that `ExtractionPipeline` can check that its order
/// gives every stage what it needs (docs/architecture.md has the same table in words).
public enum DocumentFact: String, Sendable, Hashable, CaseIterable {
    case tokens, sentences, boilerplate, syntax, dates, entities, aliases, roles, counts, tolls, quotes, events
    case nonIncidents = "non-incidents", incidents, incidentPlaces = "incident places", geo

    /// Facts a pipeline may lack altogether (a pipeline built with `syntax: nil` has no parse); a stage that reads
    /// one works without it, but if a stage makes it, it must come before its readers.
    public static let optional: Set<DocumentFact> = [.syntax]
}

/// A stage that says what it reads and adds. A stage that does not say is not checked.
protocol StageFacts {
    var reads: Set<DocumentFact> { get }
    var adds: Set<DocumentFact> { get }
}

extension TokenizeStage: StageFacts {
    var reads: Set<DocumentFact> { [] }
    var adds: Set<DocumentFact> { [.tokens] }
}

extension SentenceStage: StageFacts {
    var reads: Set<DocumentFact> { [.tokens] }
    var adds: Set<DocumentFact> { [.sentences] }
}

extension BoilerplateStage: StageFacts {
    var reads: Set<DocumentFact> { [.sentences] }
    var adds: Set<DocumentFact> { [.boilerplate] }
}

extension SyntaxStage: StageFacts {
    var reads: Set<DocumentFact> { [.tokens, .sentences] }
    var adds: Set<DocumentFact> { [.syntax] }
}

extension DateStage: StageFacts {
    var reads: Set<DocumentFact> { [.tokens, .sentences, .syntax] }
    var adds: Set<DocumentFact> { [.dates] }
}

extension EntityStage: StageFacts {
    var reads: Set<DocumentFact> { [.tokens, .sentences, .boilerplate, .syntax] }
    var adds: Set<DocumentFact> { [.entities] }
}

extension AliasStage: StageFacts {
    var reads: Set<DocumentFact> { [.entities] }
    var adds: Set<DocumentFact> { [.aliases] }
}

extension RoleStage: StageFacts {
    var reads: Set<DocumentFact> { [.entities, .aliases] }
    var adds: Set<DocumentFact> { [.roles] }
}

extension CountStage: StageFacts {
    var reads: Set<DocumentFact> { [.sentences, .entities] }
    var adds: Set<DocumentFact> { [.counts] }
}

extension CumulativeTollStage: StageFacts {
    var reads: Set<DocumentFact> { [.sentences, .counts] }
    var adds: Set<DocumentFact> { [.tolls] }
}

extension QuoteStage: StageFacts {
    // the final entity ids: after aliases have merged entities
    var reads: Set<DocumentFact> { [.entities, .aliases] }
    var adds: Set<DocumentFact> { [.quotes] }
}

extension EventStage: StageFacts {
    var reads: Set<DocumentFact> { [.syntax, .dates, .entities, .aliases, .roles, .counts, .tolls, .quotes] }
    var adds: Set<DocumentFact> { [.events] }
}

extension IncidentFilterStage: StageFacts {
    var reads: Set<DocumentFact> { [.sentences, .tolls, .events] }
    var adds: Set<DocumentFact> { [.nonIncidents] }
}

extension IncidentMergeStage: StageFacts {
    var reads: Set<DocumentFact> { [.events, .nonIncidents] }
    var adds: Set<DocumentFact> { [.incidents] }
}

extension IncidentPlaceStage: StageFacts {
    var reads: Set<DocumentFact> { [.incidents, .entities] }
    var adds: Set<DocumentFact> { [.incidentPlaces] }
}

extension HeadlineEventStage: StageFacts {
    // the body's final events, which the headline's complete
    var reads: Set<DocumentFact> { [.incidents, .incidentPlaces] }
    var adds: Set<DocumentFact> { [] }
}

extension NestedPlaceMergeStage: StageFacts {
    // the places on the map, to tell a town in its region from a town elsewhere
    var reads: Set<DocumentFact> { [.incidents, .geo] }
    var adds: Set<DocumentFact> { [] }
}

extension GeocodeStage: StageFacts {
    // the final entities and the events' final places
    var reads: Set<DocumentFact> { [.entities, .aliases, .incidentPlaces] }
    var adds: Set<DocumentFact> { [.geo] }
}

extension ExtractionPipeline {
    /// What is wrong with the order of `stages`, one sentence a problem; empty when every stage comes after the
    /// stages that make what it reads.
    public static func orderProblems(_ stages: [any ExtractionStage]) -> [String] {
        let declared = stages.map { $0 as? any StageFacts }
        var made: Set<DocumentFact> = []
        var problems: [String] = []
        for (index, stage) in stages.enumerated() {
            guard let facts = declared[index] else { continue }
            let name = "\(type(of: stage))"
            for fact in facts.reads.sorted(by: { $0.rawValue < $1.rawValue }) where !made.contains(fact) {
                if let later = declared[(index + 1)...].firstIndex(where: { $0?.adds.contains(fact) == true }) {
                    problems.append("\(name) reads \(fact.rawValue), which \(type(of: stages[later])) makes after it")
                } else if !DocumentFact.optional.contains(fact) {
                    problems.append("\(name) reads \(fact.rawValue), which no stage before it makes")
                }
            }
            made.formUnion(facts.adds)
        }
        return problems
    }
}
