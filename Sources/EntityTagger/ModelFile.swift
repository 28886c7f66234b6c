import Foundation

public enum ModelFileError: Error, CustomStringConvertible {
    case badMagic
    case unsupportedVersion(UInt32)
    case truncated
    case inconsistent(String)
    case missingBundledModel

    public var description: String {
        switch self {
        case .badMagic: return "not a newswire entity model (bad magic)"
        case .unsupportedVersion(let v): return "unsupported model version \(v)"
        case .truncated: return "model file is truncated"
        case .inconsistent(let why): return "model file is inconsistent: \(why)"
        case .missingBundledModel: return "the bundled entity model is missing from the package resources"
        }
    }
}

/// The model file: little-endian throughout.
///
///     magic "NWNERMDL" | version u32 | tags u32 | features u32 | bucketBits u32 | clusterLevels u32
///     | options u32 (bit 0: document context features, bit 1: second pass) | scale f32
///     then sections, each: 4-byte name | u64 byte length | bytes | zero padding to 8
///       TRAN f32 x (tags+1)*tags   transitions (last row: sentence start)
///       ENDS f32 x tags            end-of-sentence scores
///       BMAP u64 x 2^bucketBits/64 which buckets have a row
///       ROWS i16 x rows*tags       quantised weights (multiply by scale)
///       SCL2 TRN2 END2 BMP2 ROW2   the same for the second pass (its scale in SCL2), when options bit 1 is set
///       CLUK u64 x n, CLUV u64 x n word hash -> cluster path (sorted by key)
///       GAZK u64 x m, GAZV u32 x m token-sequence hash -> gazetteer categories (sorted by key)
///       META utf-8 JSON object of strings (sorted keys)
public enum ModelFile {
    static let magic = Array("NWNERMDL".utf8)
    public static let version: UInt32 = 1

    static func encode(weights: CompactWeights, second: CompactWeights?, lexicon: FeatureLexicon, metadata: [String: String]) -> Data {
        var data = Data()
        data.append(contentsOf: magic)
        appendScalar(&data, version)
        appendScalar(&data, UInt32(Tags.count))
        appendScalar(&data, UInt32(FeatureExtractor.count))
        appendScalar(&data, UInt32(weights.bucketBits))
        appendScalar(&data, UInt32(lexicon.clusterLevels))
        appendScalar(&data, UInt32(lexicon.documentContext ? 1 : 0) | (second != nil ? 2 : 0))
        appendScalar(&data, weights.scale.bitPattern)
        section(&data, "TRAN", weights.transitions.map(\.bitPattern))
        section(&data, "ENDS", weights.endScores.map(\.bitPattern))
        section(&data, "BMAP", weights.bitmap)
        section(&data, "ROWS", weights.rows)
        if let second {
            section(&data, "SCL2", [second.scale.bitPattern])
            section(&data, "TRN2", second.transitions.map(\.bitPattern))
            section(&data, "END2", second.endScores.map(\.bitPattern))
            section(&data, "BMP2", second.bitmap)
            section(&data, "ROW2", second.rows)
        }
        let clusterKeys = lexicon.clusters.keys.sorted()
        section(&data, "CLUK", clusterKeys)
        section(&data, "CLUV", clusterKeys.map { lexicon.clusters[$0]! })
        let gazKeys = lexicon.gazetteer.keys.sorted()
        section(&data, "GAZK", gazKeys)
        section(&data, "GAZV", gazKeys.map { lexicon.gazetteer[$0]! })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let meta = (try? encoder.encode(metadata)) ?? Data("{}".utf8)
        section(&data, "META", Array(meta))
        return data
    }

    struct Decoded {
        var weights: CompactWeights
        var second: CompactWeights?
        var lexicon: FeatureLexicon
        var metadata: [String: String]
    }

    static func decode(_ data: Data) throws -> Decoded {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Decoded in
            var reader = Reader(raw: raw)
            guard raw.count >= 8, Array(raw[0..<8]) == magic else { throw ModelFileError.badMagic }
            reader.offset = 8
            let version: UInt32 = try reader.scalar()
            guard version == ModelFile.version else { throw ModelFileError.unsupportedVersion(version) }
            let tags: UInt32 = try reader.scalar()
            let features: UInt32 = try reader.scalar()
            guard tags == Tags.count, features == FeatureExtractor.count else {
                throw ModelFileError.inconsistent("tags \(tags) features \(features)")
            }
            let bucketBits = Int(try reader.scalar() as UInt32)
            let levels = Int(try reader.scalar() as UInt32)
            let options: UInt32 = try reader.scalar()
            let scale = Float(bitPattern: try reader.scalar())
            var sections: [String: Range<Int>] = [:]
            while reader.offset < raw.count {
                guard reader.offset + 12 <= raw.count else { throw ModelFileError.truncated }
                let name = String(decoding: raw[reader.offset..<(reader.offset + 4)], as: UTF8.self)
                reader.offset += 4
                let length = Int(try reader.scalar() as UInt64)
                guard reader.offset + length <= raw.count else { throw ModelFileError.truncated }
                sections[name] = reader.offset..<(reader.offset + length)
                reader.offset += (length + 7) & ~7
            }
            func array<T: FixedWidthInteger>(_ name: String, _: T.Type) throws -> [T] {
                guard let range = sections[name] else { throw ModelFileError.inconsistent("no \(name) section") }
                let count = range.count / MemoryLayout<T>.stride
                return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[range.lowerBound..<(range.lowerBound + count * MemoryLayout<T>.stride)]))
                    initialized = count
                }.map { T(littleEndian: $0) }
            }
            let T = Tags.count
            func weights(_ suffix: String, scale: Float) throws -> CompactWeights {
                let transitions = try array("TR" + (suffix.isEmpty ? "AN" : "N" + suffix), UInt32.self).map(Float.init(bitPattern:))
                let ends = try array("EN" + (suffix.isEmpty ? "DS" : "D" + suffix), UInt32.self).map(Float.init(bitPattern:))
                let bitmap = try array("BM" + (suffix.isEmpty ? "AP" : "P" + suffix), UInt64.self)
                let rows = try array("RO" + (suffix.isEmpty ? "WS" : "W" + suffix), Int16.self)
                guard transitions.count == (T + 1) * T, ends.count == T, bitmap.count == max(1, (1 << bucketBits) / 64),
                      rows.count == bitmap.reduce(0, { $0 + $1.nonzeroBitCount }) * T else {
                    throw ModelFileError.inconsistent("array sizes")
                }
                return CompactWeights(bucketBits: bucketBits, bitmap: bitmap, rows: rows, scale: scale,
                                      transitions: transitions, endScores: ends)
            }
            let first = try weights("", scale: scale)
            var second: CompactWeights?
            if options & 2 != 0 {
                guard let bits = try array("SCL2", UInt32.self).first else { throw ModelFileError.inconsistent("no second scale") }
                second = try weights("2", scale: Float(bitPattern: bits))
            }
            let clusterKeys = try array("CLUK", UInt64.self), clusterValues = try array("CLUV", UInt64.self)
            let gazKeys = try array("GAZK", UInt64.self), gazValues = try array("GAZV", UInt32.self)
            guard clusterKeys.count == clusterValues.count, gazKeys.count == gazValues.count else {
                throw ModelFileError.inconsistent("lexicon sizes")
            }
            let clusters = Dictionary(uniqueKeysWithValues: zip(clusterKeys, clusterValues))
            let gazetteer = Dictionary(uniqueKeysWithValues: zip(gazKeys, gazValues))
            var metadata: [String: String] = [:]
            if let range = sections["META"] {
                metadata = (try? JSONDecoder().decode([String: String].self, from: Data(raw[range]))) ?? [:]
            }
            return Decoded(weights: first, second: second, lexicon: FeatureLexicon(clusters: clusters, clusterLevels: levels, gazetteer: gazetteer,
                                                                     documentContext: options & 1 != 0),
                           metadata: metadata)
        }
    }

    struct Reader {
        let raw: UnsafeRawBufferPointer
        var offset = 0
        mutating func scalar<T: FixedWidthInteger>() throws -> T {
            let size = MemoryLayout<T>.size
            guard offset + size <= raw.count else { throw ModelFileError.truncated }
            let v = raw.loadUnaligned(fromByteOffset: offset, as: T.self)
            offset += size
            return T(littleEndian: v)
        }
    }

    static func appendScalar<T: FixedWidthInteger>(_ data: inout Data, _ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    static func section<T: FixedWidthInteger>(_ data: inout Data, _ name: String, _ values: [T]) {
        data.append(contentsOf: Array(name.utf8.prefix(4)))
        let length = values.count * MemoryLayout<T>.stride
        appendScalar(&data, UInt64(length))
        let le = values.map(\.littleEndian)
        le.withUnsafeBytes { data.append(contentsOf: $0) }
        let pad = (8 - length % 8) % 8
        if pad > 0 { data.append(contentsOf: [UInt8](repeating: 0, count: pad)) }
    }
}
