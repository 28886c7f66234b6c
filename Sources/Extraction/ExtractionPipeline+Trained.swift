import EntityTagger
import Geo
import Foundation
import Syntax

/// Why a trained model could not be used; the message names the model, the file and what is wrong with it.
public struct ModelLoadError: Error, CustomStringConvertible {
    public enum Model: String, Sendable {
        case entity, syntax, gazetteer
    }

    public let model: Model
    /// The model file, or nil when the package's own resource bundle has none.
    public let path: String?
    public let reason: String

    public var description: String {
        if let path { return "the \(model.rawValue) model \(path) cannot be used: \(reason)" }
        return "the \(model.rawValue) model shipped with newswire cannot be used: \(reason)"
    }
}

extension ExtractionPipeline {
    /// The pipeline the services and the CLI run: the trained entity model (long organisation names repaired by the
    /// rules) and the trained syntax model, failing when either is missing or does not decode. Services start from
    /// this, so that a broken install refuses to start rather than tagging with the weaker rules, or extracting without
    /// a parse, and storing worse facts without anyone noticing. There is no fallback: a pipeline with the rule
    /// tagger or without a parse is asked for by name (`ExtractionPipeline(tagger:syntax:)`).
    /// - Parameters:
    ///   - model: an entity model file written by `newswire model train`; nil for the one shipped in the package.
    ///   - syntaxModel: a syntax model file written by `newswire model syntax train`; nil for the shipped one.
    ///   - gazetteer: a gazetteer written by `newswire gazetteer build`; nil for the shipped one.
    public static func trained(model: URL? = nil, syntaxModel: URL? = nil,
                               gazetteer: URL? = nil) throws(ModelLoadError) -> ExtractionPipeline {
        let tagger = try load(.entity, from: model ?? PerceptronTagger.bundledURL,
                              shippedName: PerceptronTagger.bundledName) { try PerceptronTagger(contentsOf: $0) }
        let syntax: SyntaxModel
        if syntaxModel == nil, let shipped = SyntaxModel.bundled {
            syntax = shipped  // loaded once per process
        } else {
            syntax = try load(.syntax, from: syntaxModel ?? SyntaxModel.bundledURL,
                              shippedName: SyntaxModel.bundledName) { try SyntaxModel(contentsOf: $0) }
        }
        let places: PlaceGazetteer
        if gazetteer == nil, let shipped = PlaceGazetteer.bundled {
            places = shipped  // loaded once per process
        } else {
            places = try load(.gazetteer, from: gazetteer ?? PlaceGazetteer.bundledURL,
                              shippedName: PlaceGazetteer.bundledName, ext: "bin") { try PlaceGazetteer(contentsOf: $0) }
        }
        return ExtractionPipeline(tagger: OrganisationRepairTagger(model: tagger), syntax: syntax, gazetteer: places)
    }

    private static func load<Loaded>(_ model: ModelLoadError.Model, from url: URL?, shippedName: String, ext: String = "model",
                                     _ decode: (URL) throws -> Loaded) throws(ModelLoadError) -> Loaded {
        guard let url else {
            throw ModelLoadError(model: model, path: nil, reason: "\(shippedName).\(ext) is not in the resource bundle")
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ModelLoadError(model: model, path: url.path, reason: "no such file")
        }
        do {
            return try decode(url)
        } catch {
            throw ModelLoadError(model: model, path: url.path, reason: "\(error)")
        }
    }
}
