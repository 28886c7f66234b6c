/// What a heartbeat may carry (docs/protocol.md, "heartbeat"): `status` shows every worker's names, so they are
/// bounded and plain, and only extractors beat.
public enum HeartbeatRules {
    /// The longest `instance` name, in bytes.
    public static let maxInstanceBytes = 128
    /// The one `service` that sends heartbeats.
    public static let service = "extractor"

    /// Why `instance` cannot name a worker, or nil if it can: 1-128 characters of printable ASCII without spaces
    /// (`!` to `~`), so a name can neither flood a status reply nor forge its layout (controls, bidi overrides).
    public static func problem(instance: String) -> String? {
        let bytes = instance.utf8
        guard !bytes.isEmpty, bytes.count <= maxInstanceBytes else {
            return "heartbeat 'instance' must be 1 to \(maxInstanceBytes) bytes, not \(bytes.count)"
        }
        guard bytes.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            return "heartbeat 'instance' must be printable ASCII without spaces"
        }
        return nil
    }
}
