import Foundation
import ModelSupport

public enum SyntaxModelError: Error, CustomStringConvertible, Equatable {
    case file(SectionFileError)
    case inconsistent(String)
    case missingBundledModel

    public var description: String {
        switch self {
        case .file(let error): return "syntax model: \(error)"
        case .inconsistent(let why): return "syntax model file is inconsistent: \(why)"
        case .missingBundledModel: return "the bundled syntax model is missing from the package resources"
        }
    }
}

/// Tags, universal tags and a dependency tree for one sentence.
public struct SentenceSyntax: Sendable, Hashable {
    public var tags: [PennTag]
    public var universalTags: [UniversalTag]
    public var tree: DependencyTree
}

/// The tagger and the parser, as one model file.
public struct SyntaxModel: Sendable {
    public let tagger: PartOfSpeechTagger
    public let parser: DependencyParser
    public let metadata: [String: String]

    public init(tagger: PartOfSpeechTagger, parser: DependencyParser, metadata: [String: String] = [:]) {
        self.tagger = tagger
        self.parser = parser
        self.metadata = metadata
    }

    /// Tags and parses one sentence of words.
    public func analyse(_ words: [String]) -> SentenceSyntax {
        var scratch: [UInt32] = []
        return analyse(words.map { WordInfo($0, scratch: &scratch) })
    }

    public func analyse(_ words: [WordInfo]) -> SentenceSyntax {
        let tags = tagger.tag(words)
        let universal = (0..<words.count).map { tagger.universalTag(words[$0], tags[$0]) }
        return SentenceSyntax(tags: tags, universalTags: universal, tree: parser.parse(words, tags: tags))
    }

    // MARK: file

    static let magic = "NWSYNMDL"
    public static let version: UInt32 = 1
    public static let bundledName = "syntax-en"

    public static var bundledURL: URL? {
        Bundle.module.url(forResource: bundledName, withExtension: "model", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: bundledName, withExtension: "model")
    }

    /// The shipped model, loaded once per process; nil when it cannot be loaded (`loadBundled()` says why).
    public static let bundled: SyntaxModel? = try? loadBundled()

    /// The model shipped with the package (Resources/syntax-en.model).
    public static func loadBundled() throws -> SyntaxModel {
        guard let url = bundledURL else { throw SyntaxModelError.missingBundledModel }
        return try SyntaxModel(contentsOf: url)
    }

    public init(contentsOf url: URL) throws {
        try self.init(data: try Data(contentsOf: url))
    }

    /// The file layout (see `SectionWriter`): magic "NWSYNMDL" | version u32 | Penn tags u32 | labels u32 |
    /// tagger features u32 | parser features u32, then for the tagger (T) and the parser (P) the sections xINF
    /// (bucket bits, classes, scale bits: u32 x 3), xBMP (u64 bitmap), xRLN (u8 entries in each row), xCLS (u8 classes),
    /// xVAL (i16 weights); UDEF (u8 universal tag of each Penn tag), UEXK/UEXV (u64 word-and-tag keys, sorted, and
    /// their u8 universal tags); META (JSON strings).
    public func encoded() -> Data {
        var writer = SectionWriter(magic: Self.magic)
        writer.scalar(Self.version)
        writer.scalar(UInt32(PennTag.allCases.count))
        writer.scalar(UInt32(DependencyLabel.allCases.count))
        writer.scalar(UInt32(TaggerFeatures.count))
        writer.scalar(UInt32(ParserFeatures.count))
        Self.write(tagger.weights, "T", &writer)
        Self.write(parser.weights, "P", &writer)
        writer.section("UDEF", tagger.universalByTag.map(\.rawValue))
        let keys = tagger.universalExceptions.keys.sorted()
        writer.section("UEXK", keys)
        writer.section("UEXV", keys.map { tagger.universalExceptions[$0]!.rawValue })
        writer.section("META", metadata: metadata)
        return writer.data
    }

    public func write(to url: URL) throws { try encoded().write(to: url) }

    public init(data: Data) throws {
        do {
            var reader = try SectionReader(data, magic: Self.magic, headerBytes: 20, kind: "newswire syntax model")
            let version = try reader.scalar(UInt32.self)
            guard version == Self.version else { throw SectionFileError.unsupportedVersion(version) }
            let tags = try reader.scalar(UInt32.self), labels = try reader.scalar(UInt32.self)
            let taggerFeatures = try reader.scalar(UInt32.self), parserFeatures = try reader.scalar(UInt32.self)
            guard tags == PennTag.allCases.count, labels == DependencyLabel.allCases.count,
                  taggerFeatures == TaggerFeatures.count, parserFeatures == ParserFeatures.count else {
                throw SyntaxModelError.inconsistent("made for \(tags) tags, \(labels) labels, \(taggerFeatures)/\(parserFeatures) features")
            }
            let taggerWeights = try Self.read("T", reader, classes: PartOfSpeechTagger.tagCount)
            let parserWeights = try Self.read("P", reader, classes: ArcEagerState.actionCount)
            let defaults = try reader.array("UDEF", UInt8.self)
            let keys = try reader.array("UEXK", UInt64.self), values = try reader.array("UEXV", UInt8.self)
            guard defaults.count == PennTag.allCases.count, keys.count == values.count else {
                throw SyntaxModelError.inconsistent("universal tag map sizes")
            }
            func universal(_ raw: UInt8) throws -> UniversalTag {
                guard let tag = UniversalTag(rawValue: raw) else { throw SyntaxModelError.inconsistent("universal tag \(raw)") }
                return tag
            }
            var exceptions: [UInt64: UniversalTag] = [:]
            exceptions.reserveCapacity(keys.count)
            for (k, v) in zip(keys, values) { exceptions[k] = try universal(v) }
            tagger = PartOfSpeechTagger(weights: taggerWeights, universalByTag: try defaults.map(universal),
                                        universalExceptions: exceptions)
            parser = DependencyParser(weights: parserWeights)
            metadata = reader.metadata("META")
        } catch let error as SectionFileError {
            throw SyntaxModelError.file(error)
        }
    }

    static func write(_ weights: SparseWeights, _ prefix: String, _ writer: inout SectionWriter) {
        writer.section(prefix + "INF", [UInt32(weights.bucketBits), UInt32(weights.classes), weights.scale.bitPattern])
        writer.section(prefix + "BMP", weights.bitmap)
        // row lengths fit a byte (a row has at most one entry per class, 92 at most): a quarter of the starts' size
        writer.section(prefix + "RLN", (0..<weights.rowCount).map { UInt8(weights.rowStarts[$0 + 1] - weights.rowStarts[$0]) })
        writer.section(prefix + "CLS", weights.entryClasses)
        writer.section(prefix + "VAL", weights.entryValues)
    }

    static func read(_ prefix: String, _ reader: SectionReader, classes: Int) throws -> SparseWeights {
        let info = try reader.array(prefix + "INF", UInt32.self)
        guard info.count == 3, Int(info[1]) == classes, info[0] >= 6, info[0] <= 30 else {
            throw SyntaxModelError.inconsistent("\(prefix)INF \(info)")
        }
        let lengths = try reader.array(prefix + "RLN", UInt8.self)
        var rowStarts: [UInt32] = [0]
        rowStarts.reserveCapacity(lengths.count + 1)
        var total: UInt32 = 0
        for length in lengths { total += UInt32(length); rowStarts.append(total) }
        let weights = SparseWeights(bucketBits: Int(info[0]), classes: classes, bitmap: try reader.array(prefix + "BMP"),
                                    rowStarts: rowStarts, entryClasses: try reader.array(prefix + "CLS"),
                                    entryValues: try reader.array(prefix + "VAL"), scale: Float(bitPattern: info[2]))
        try weights.validate()
        return weights
    }
}
