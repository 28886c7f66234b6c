import EntityTagger
import Foundation

/// Why the trained entity model could not be used; the message names the file and what is wrong with it.
public struct EntityModelError: Error, CustomStringConvertible {
    /// The model file, or nil when the package's own resource bundle has none.
    public let path: String?
    public let reason: String

    public var description: String {
        if let path { return "the entity model \(path) cannot be used: \(reason)" }
        return "the entity model shipped with newswire cannot be used: \(reason)"
    }
}

extension ExtractionPipeline {
    /// The pipeline with the trained entity model (long organisation names repaired by the rules), failing when the
    /// model is missing or does not decode. Services start from this, so that a broken install refuses to start
    /// rather than tagging with the weaker rules and storing worse facts without anyone noticing.
    /// - Parameter model: a model file written by `newswire model train`; nil for the one shipped in the package.
    public static func trained(model: URL? = nil) throws(EntityModelError) -> ExtractionPipeline {
        guard let url = model ?? PerceptronTagger.bundledURL else {
            throw EntityModelError(path: nil, reason: "\(PerceptronTagger.bundledName).model is not in the resource bundle")
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw EntityModelError(path: url.path, reason: "no such file")
        }
        do {
            return ExtractionPipeline(tagger: OrganisationRepairTagger(model: try PerceptronTagger(contentsOf: url)))
        } catch {
            throw EntityModelError(path: url.path, reason: "\(error)")
        }
    }
}
