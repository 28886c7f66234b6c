// The driver of scripts/html-speed.sh: every test page through HTMLPage, three times, CPU time per 10 KB.
import Foundation

func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "/tmp/newswire-html-pages"
var paths: [String] = []
if let enumerator = FileManager.default.enumerator(atPath: root) {
    for case let path as String in enumerator where path.hasSuffix(".html") && !path.hasSuffix("expected.html") {
        paths.append(root + "/" + path)
    }
}
let pages = paths.sorted().compactMap { path -> String? in
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1)
}
let bytes = pages.reduce(0) { $0 + $1.utf8.count }
var parse = Double.infinity, whole = Double.infinity
var words = 0
for _ in 0..<3 {
    var started = cpuSeconds()
    for page in pages { _ = Parser.parse(page) }
    parse = min(parse, cpuSeconds() - started)
    started = cpuSeconds()
    words = 0
    for page in pages { words += HTMLPage(html: page).text.split(separator: " ").count }
    whole = min(whole, cpuSeconds() - started)
}
let tens = Double(bytes) / 10_240
print(String(format: "%d pages, %.1f MB: parse %.3f ms per 10 KB; parse + extraction + metadata %.3f ms per 10 KB (%.1f MB/s); %d words out",
             pages.count, Double(bytes) / 1e6, parse * 1000 / tens, whole * 1000 / tens, Double(bytes) / 1e6 / whole, words))
