import NewsModel

/// What an acknowledgement must look like before the ingester looks its ids up: ids are content ids (16 hex digits;
/// ids up to 64 characters of letters, digits, `.`, `_` and `-` are allowed for articles ingested with their own),
/// at most `maxIDs` of them. A forged or damaged ack is refused whole and counted, never journaled.
enum AckCheck {
    static let maxIDs = 4096
    static let maxIDBytes = 64

    static func check(_ ack: AckMessage) throws(ErrorReply) {
        guard ack.ids.count <= maxIDs else {
            throw ErrorReply(code: .invalidParameter, message: "an ack holds at most \(maxIDs) ids, not \(ack.ids.count)")
        }
        for (index, id) in ack.ids.enumerated() {
            guard isWellFormed(id) else {
                throw ErrorReply(code: .invalidParameter,
                                 message: "ack id \(index) is not 1-\(maxIDBytes) characters of A-Z a-z 0-9 . _ - "
                                    + "(\(id.utf8.count) bytes)")
            }
        }
    }

    static func isWellFormed(_ id: String) -> Bool {
        let bytes = id.utf8
        guard !bytes.isEmpty, bytes.count <= maxIDBytes else { return false }
        return bytes.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2E || byte == 0x5F || byte == 0x2D
        }
    }
}
