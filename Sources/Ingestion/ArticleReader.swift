#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import NewsModel

/// Reads articles from files, folders and bytes in any `InputFormat`, normalised and with content ids.
///
/// Pure and synchronous: no sockets, no state between calls, safe to share. Every problem becomes an
/// `InputError` in the returned batch; nothing throws and nothing crashes on bad input.
public struct ArticleReader: Sendable {
    /// Which CSV columns hold which fields (nil roles are found by the usual names).
    public var columns: CSVColumns
    /// The format of a file without an extension or with one that names no format, and of bytes whose
    /// origin names none (`<stdin>`); `.text` unless set.
    public var defaultFormat: InputFormat
    /// The most bytes one input (a file, standard input) may have. A larger file is refused before it is read; one
    /// whose size is not known beforehand (a device such as /dev/zero, a pipe) as soon as it passes the limit. So no
    /// input costs more memory than this, and a bad one is refused in moments rather than exhausting the machine.
    public var maxInputBytes: Int

    /// 32 MiB: more than twice the whole news CSV (13.5 MB), an order more than any article's limit
    /// (`ArticleValidator.maxTextBytes`). A larger corpus is read as several files, or with a larger limit.
    public static let defaultMaxInputBytes = 32 * 1024 * 1024
    /// The command-line option that sets `maxInputBytes` in MiB, named in the error for an input over it.
    public static let maxInputFlag = "--max-input-mb"

    public init(columns: CSVColumns = CSVColumns(), defaultFormat: InputFormat = .text,
                maxInputBytes: Int = ArticleReader.defaultMaxInputBytes) {
        self.columns = columns
        self.defaultFormat = defaultFormat
        self.maxInputBytes = maxInputBytes
    }

    /// Reads a file, or a folder recursively.
    ///
    /// In a folder, files are read in path order (so runs are reproducible), hidden files and folders
    /// are skipped, symbolic links to folders are not followed (they can loop), and a file whose extension
    /// names no format is read (as `defaultFormat`) only if it looks like text (no NUL bytes, valid UTF-8), so that
    /// images and archives lying beside the articles are passed over silently.
    /// Origins are the given path, joined with the file's path inside the folder.
    public func read(path: String) -> ReadBatch {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(path, "no such file or folder")
        }
        if isFolder.boolValue { return readFolder(path) }
        return readFile(path, format: format(forName: path))
    }

    /// Reads bytes that came from somewhere other than a file (stdin, a network message).
    ///
    /// The format is `format` if given, else the one `origin`'s extension names, else `defaultFormat`.
    /// `origin` names the input in messages (`<stdin>`, `upload.csv`).
    public func read(data: Data, origin: String, format: InputFormat? = nil) -> ReadBatch {
        return read(bytes: Array(data), origin: origin, format: format ?? self.format(forName: origin))
    }

    /// Reads standard input, at most `maxInputBytes` of it, as `format` (else `defaultFormat`).
    public func readStandardInput(format: InputFormat? = nil) -> ReadBatch {
        let origin = "<stdin>"
        switch Self.contents(ofDescriptor: 0, limit: maxInputBytes) {
        case .success(let bytes): return read(bytes: bytes, origin: origin, format: format ?? defaultFormat)
        case .failure(let failure): return .failure(origin, failure.reason)
        }
    }

    /// The format a name's extension gives, else `defaultFormat` (which is what "no extension" means too).
    func format(forName name: String) -> InputFormat {
        let ext = Self.pathExtension(of: name)
        return ext.isEmpty ? defaultFormat : InputFormat(pathExtension: ext) ?? defaultFormat
    }

    func read(bytes: [UInt8], origin: String, format: InputFormat) -> ReadBatch {
        if format == .csv {
            // CSV is parsed as bytes: checking them is enough, no whole-file String is needed.
            if bytes.isEmpty { return .failure(origin, "empty file") }
            if TextDecoder.looksBinary(bytes) { return .failure(origin, "binary file, not text") }
            let start = TextDecoder.hasBOM(bytes) ? 3 : 0
            if let bad = TextDecoder.firstInvalidUTF8(bytes, from: start) {
                return .failure(origin, "invalid UTF-8 at byte \(bad)")
            }
            return readCSV(bytes, from: start, origin: origin)
        }
        let text: String
        switch TextDecoder.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let failure): return .failure(origin, failure.reason)
        }
        switch format {
        case .text: return readText(text, origin: origin)
        case .json: return readJSON(text, origin: origin)
        case .jsonl: return readJSONLines(text, origin: origin)
        case .html: return readHTML(text, origin: origin)
        case .csv: return readCSV(Array(text.utf8), from: 0, origin: origin)
        }
    }

    /// Normalises, validates and identifies one article: the last step of every format.
    func accept(_ article: Article, origin: String, recordID: String? = nil, into batch: inout ReadBatch) {
        var normalized = ArticleNormalizer.normalize(article)
        if let problem = ArticleValidator.problem(withNormalized: normalized) {
            batch.errors.append(InputError(origin: origin, reason: problem))
            return
        }
        normalized.id = ContentID.of(normalized: normalized)
        batch.articles.append(ReadArticle(origin: origin, article: normalized, recordID: recordID))
    }

    // MARK: Files and folders

    private func readFile(_ path: String, format: InputFormat) -> ReadBatch {
        switch Self.contents(of: path, limit: maxInputBytes) {
        case .success(let bytes): return read(bytes: bytes, origin: path, format: format)
        case .failure(let failure): return .failure(path, failure.reason)
        }
    }

    private func readFolder(_ root: String) -> ReadBatch {
        var batch = ReadBatch()
        var files: [String] = []
        collectFiles(in: root, relative: "", into: &files, errors: &batch.errors, root: root)
        for relative in files.sorted() {
            let path = Self.join(root, relative)
            let ext = Self.pathExtension(of: relative)
            if !ext.isEmpty, let format = InputFormat(pathExtension: ext) {
                batch.append(readFile(path, format: format))
                continue
            }
            switch Self.contents(of: path, limit: maxInputBytes) {
            case .success(let bytes):
                if TextDecoder.looksLikeText(bytes) {
                    batch.append(read(bytes: bytes, origin: path, format: defaultFormat))
                }
            case .failure(let failure):
                batch.errors.append(InputError(origin: path, reason: failure.reason))
            }
        }
        return batch
    }

    private func collectFiles(in root: String, relative: String, into files: inout [String],
                              errors: inout [InputError], root rootPath: String) {
        let folder = relative.isEmpty ? root : Self.join(root, relative)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            errors.append(InputError(origin: folder, reason: "cannot list folder"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let child = relative.isEmpty ? name : relative + "/" + name
            let full = Self.join(root, child)
            let type = (try? FileManager.default.attributesOfItem(atPath: full))?[.type] as? FileAttributeType
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
            if type == .typeDirectory {
                collectFiles(in: root, relative: child, into: &files, errors: &errors, root: rootPath)
            } else if type == .typeSymbolicLink {
                if !exists {
                    errors.append(InputError(origin: full, reason: "broken symbolic link"))
                } else if !isFolder.boolValue {
                    files.append(child)
                }
            } else if type == .typeRegular || type == nil {
                files.append(child)
            }
        }
    }

    struct ReadFailure: Error { var reason: String }

    /// The whole file, through POSIX calls so a failure can say why (permission denied, I/O error), and never more
    /// than `limit` bytes of it.
    static func contents(of path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(ReadFailure(reason: "cannot read file: \(lastError())")) }
        defer { close(fd) }
        return contents(ofDescriptor: fd, limit: limit)
    }

    /// Everything `fd` gives, read in 64 KiB pieces: refused at once when its size is known and over `limit`,
    /// or as soon as more than `limit` bytes have come (devices and pipes have no size).
    static func contents(ofDescriptor fd: Int32, limit: Int) -> Result<[UInt8], ReadFailure> {
        var bytes: [UInt8] = []
        var status = stat()
        if fstat(fd, &status) == 0, status.st_size > 0 {
            guard Int(status.st_size) <= limit else {
                return .failure(ReadFailure(reason: "the file is \(megabytes(Int(status.st_size))) MB, over the "
                    + "\(megabytes(limit)) MB limit for one input (raise it with \(maxInputFlag))"))
            }
            bytes.reserveCapacity(Int(status.st_size))
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(reason: "cannot read file: \(lastError())"))
            }
            guard bytes.count + count <= limit else {
                return .failure(ReadFailure(reason: "more than the \(megabytes(limit)) MB limit for one input, "
                    + "refused unread beyond it (raise it with \(maxInputFlag))"))
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return .success(bytes)
    }

    private static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value >= 10 || value == value.rounded() ? String(Int(value.rounded())) : String(format: "%.1f", value)
    }

    private static func lastError() -> String {
        String(cString: strerror(errno)).lowercased()
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The extension of the last path component ("" for none; a leading dot does not start one).
    static func pathExtension(of path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }
}

/// Outside the type because inside it `read` names the reader's own methods.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
