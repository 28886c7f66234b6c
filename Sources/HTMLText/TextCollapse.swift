/// Whitespace as readers see it: runs of spaces, tabs, newlines and no-break spaces become one space.
public enum TextCollapse {
    /// UTF-8 bytes with whitespace collapsed and trimmed, as a String.
    public static func collapse(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 {
                pendingSpace = true
                i += 1
                continue
            }
            // U+00A0 no-break space (C2 A0)
            if byte == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {
                pendingSpace = true
                i += 2
                continue
            }
            if pendingSpace, !output.isEmpty { output.append(32) }
            pendingSpace = false
            output.append(byte)
            i += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    public static func collapse(_ text: String) -> String { collapse(Array(text.utf8)) }
}
