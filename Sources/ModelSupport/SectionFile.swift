import Foundation

/// Why a model file could not be read.
public enum SectionFileError: Error, CustomStringConvertible, Equatable {
    case badMagic(expected: String)
    case unsupportedVersion(UInt32)
    case truncated
    case missingSection(String)
    case inconsistent(String)

    public var description: String {
        switch self {
        case .badMagic(let expected): return "not a \(expected) file (bad magic)"
        case .unsupportedVersion(let v): return "unsupported model version \(v)"
        case .truncated: return "model file is truncated"
        case .missingSection(let name): return "model file has no \(name) section"
        case .inconsistent(let why): return "model file is inconsistent: \(why)"
        }
    }
}

/// Model files of the project share one layout, little-endian throughout:
///
///     magic (8 bytes) | header scalars | sections, each: 4-byte name | u64 byte length | bytes | zero padding to 8
///
/// `SectionWriter` builds one; `SectionReader` reads the header scalars in order, then any section by name.
public struct SectionWriter {
    public private(set) var data = Data()

    public init(magic: String) {
        precondition(magic.utf8.count == 8, "magic is 8 bytes")
        data.append(contentsOf: Array(magic.utf8))
    }

    public mutating func scalar<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    public mutating func section<T: FixedWidthInteger>(_ name: String, _ values: [T]) {
        precondition(name.utf8.count == 4, "section names are 4 bytes")
        data.append(contentsOf: Array(name.utf8))
        let length = values.count * MemoryLayout<T>.stride
        scalar(UInt64(length))
        values.map(\.littleEndian).withUnsafeBytes { data.append(contentsOf: $0) }
        let pad = (8 - length % 8) % 8
        if pad > 0 { data.append(contentsOf: [UInt8](repeating: 0, count: pad)) }
    }

    public mutating func section(_ name: String, floats: [Float]) {
        section(name, floats.map(\.bitPattern))
    }

    /// A JSON object of strings, keys sorted so the bytes are stable.
    public mutating func section(_ name: String, metadata: [String: String]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        section(name, Array((try? encoder.encode(metadata)) ?? Data("{}".utf8)))
    }
}

public struct SectionReader {
    private let data: Data
    private var offset: Int
    private var sections: [String: Range<Int>] = [:]
    private let headerEnd: Int

    /// Checks the magic and indexes the sections that follow `headerBytes` bytes of header scalars.
    public init(_ data: Data, magic: String, headerBytes: Int, kind: String) throws {
        self.data = data.startIndex == 0 ? data : Data(data)
        let data = self.data
        let bytes = Array(magic.utf8)
        guard data.count >= 8, Array(data.prefix(8)) == bytes else { throw SectionFileError.badMagic(expected: kind) }
        guard data.count >= 8 + headerBytes else { throw SectionFileError.truncated }
        offset = 8
        headerEnd = 8 + headerBytes
        var position = headerEnd
        while position < data.count {
            guard position + 12 <= data.count else { throw SectionFileError.truncated }
            let name = String(decoding: data[position..<(position + 4)], as: UTF8.self)
            let length = Self.load(UInt64.self, data, position + 4)
            position += 12
            guard length <= UInt64(data.count - position) else { throw SectionFileError.truncated }
            sections[name] = position..<(position + Int(length))
            position += (Int(length) + 7) & ~7
        }
    }

    /// The next header scalar.
    public mutating func scalar<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
        guard offset + MemoryLayout<T>.size <= headerEnd else { throw SectionFileError.truncated }
        defer { offset += MemoryLayout<T>.size }
        return Self.load(T.self, data, offset)
    }

    public func has(_ name: String) -> Bool { sections[name] != nil }

    public func array<T: FixedWidthInteger>(_ name: String, _: T.Type = T.self) throws -> [T] {
        guard let range = sections[name] else { throw SectionFileError.missingSection(name) }
        let count = range.count / MemoryLayout<T>.stride
        return data.withUnsafeBytes { raw in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: raw[range.lowerBound..<(range.lowerBound + count * MemoryLayout<T>.stride)]))
                for i in 0..<count { buffer[i] = T(littleEndian: buffer[i]) }
                initialized = count
            }
        }
    }

    public func floats(_ name: String) throws -> [Float] {
        try array(name, UInt32.self).map(Float.init(bitPattern:))
    }

    public func metadata(_ name: String) -> [String: String] {
        guard let range = sections[name] else { return [:] }
        let bytes = data[range]
        return (try? JSONDecoder().decode([String: String].self, from: Data(bytes))) ?? [:]
    }

    private static func load<T: FixedWidthInteger>(_: T.Type, _ data: Data, _ offset: Int) -> T {
        data.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }
}
