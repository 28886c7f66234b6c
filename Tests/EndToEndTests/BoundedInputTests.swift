import Foundation
import Testing

/// Issue 10: `newswire ingest /dev/zero` used to abort after trying to allocate a gigabyte.
@Suite("Bounded input, end to end")
struct BoundedInputEndToEndTests {
    @Test("newswire ingest /dev/zero ends (unbounded it never would) with an error naming the limit",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/zero"), "needs /dev/zero"))
    func endlessInput() throws {
        let result = try runProcess(Executables.url("newswire"),
                                    ["ingest", "/dev/zero", "--gateway", "tcp://127.0.0.1:\(freePort())", "--timeout", "2"],
                                    timeout: 30)
        #expect(result.status == 1)
        #expect(result.stderr.contains("/dev/zero: more than the 32 MB limit for one input"), "\(result.stderr)")
        #expect(result.stderr.contains("--max-input-mb"), "\(result.stderr)")
    }
}
