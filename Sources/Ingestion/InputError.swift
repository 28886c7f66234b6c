/// A problem with one input, named by where it came from so a person can find it.
///
/// `origin` is the path as the caller gave it, with the line where there is one
/// (`news.csv:42`, the line a CSV record starts on; `a.jsonl:7`; `a.json[3]` for the fourth
/// object of a JSON array), or a name such as `<stdin>`.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Where the problem is: a path, `path:line`, `path[index]` or a name such as `<stdin>`.
    public var origin: String
    /// What is wrong, in words for a person ("empty file", "not valid JSON").
    public var reason: String

    public init(origin: String, reason: String) {
        self.origin = origin
        self.reason = reason
    }

    /// `origin: reason`, the shape compilers use, so editors and people recognise it.
    public var description: String { "\(origin): \(reason)" }
}
