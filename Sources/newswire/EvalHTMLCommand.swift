import ArgumentParser
import Evaluation
import Foundation
import HTMLText

struct EvalHTMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-html",
        abstract: "Measure article-text extraction on the Readability and trafilatura test pages (laid out by scripts/html-pages.sh).",
        discussion: """
            Readability pages: word precision, recall and F1 of the extracted text against each page's expected.html \
            (Readability's own output, so Readability itself scores 1 there), averaged over pages, and title match. \
            trafilatura pages: its own measure, snippets that must and must not be in the text, over all pages.
            """)

    @Argument(help: "The folder scripts/html-pages.sh made (readability/ and trafilatura/ inside).")
    var folder: String = "/tmp/newswire-html-pages"

    @Option(help: "Which half: dev or test (lists in Tests/HTMLPages/).")
    var set = "dev"

    @Option(help: "Folder of the page lists.")
    var lists = "Tests/HTMLPages"

    @Flag(help: "One line per page, worst first (dev only: the test half's misses are not for reading).")
    var verbose = false

    func validate() throws {
        guard ["dev", "test"].contains(set) else { throw ValidationError("--set is dev or test, not \(set)") }
        if verbose, set == "test" { throw ValidationError("--verbose is for the dev half only") }
    }

    func run() throws {
        var seconds = 0.0
        var bytes = 0
        let readability = try readabilityPages()
        var pages: [(String, WordOverlap, Bool)] = []
        for (name, source, expected, expectedTitle) in readability {
            let started = Self.cpuSeconds()
            let page = HTMLPage(html: source)
            seconds += Self.cpuSeconds() - started
            bytes += source.utf8.count
            let expectedText = Parser.parse(expected).textContent(of: 0)
            let overlap = WordOverlap(extracted: page.text, expected: expectedText)
            let titleMatch = expectedTitle.map { TextCollapse.collapse($0) == (page.metadata.title ?? "") } ?? false
            pages.append((name, overlap, titleMatch))
        }
        let count = Double(max(pages.count, 1))
        let precision = pages.map(\.1.precision).reduce(0, +) / count
        let recall = pages.map(\.1.recall).reduce(0, +) / count
        let f1 = pages.map(\.1.f1).reduce(0, +) / count
        let titles = Double(pages.filter(\.2).count) / count
        if verbose {
            for (name, overlap, title) in pages.sorted(by: { $0.1.f1 < $1.1.f1 }) {
                print(String(format: "%-45@ P %.3f R %.3f F1 %.3f  title %@", name as NSString, overlap.precision, overlap.recall, overlap.f1,
                             title ? "ok" : "differs"))
            }
        }
        print(String(format: "readability %@ (%d pages): word precision %.3f recall %.3f F1 %.3f; title exact %.2f",
                     set, pages.count, precision, recall, f1, titles))

        var snippets = SnippetScore()
        var perPage: [(String, SnippetScore)] = []
        for (url, source, with, without) in try trafilaturaPages() {
            let started = Self.cpuSeconds()
            let page = HTMLPage(html: source)
            seconds += Self.cpuSeconds() - started
            bytes += source.utf8.count
            snippets.add(text: page.text, with: with, without: without)
            var one = SnippetScore()
            one.add(text: page.text, with: with, without: without)
            perPage.append((url, one))
        }
        if verbose {
            for (url, one) in perPage where one.falseNegatives + one.falsePositives > 0 {
                print("  \(url): missed \(one.falseNegatives), unwanted \(one.falsePositives)")
            }
        }
        print(String(format: "trafilatura %@ (%d pages): snippet precision %.3f recall %.3f F1 %.3f accuracy %.3f",
                     set, perPage.count, snippets.precision, snippets.recall, snippets.f1, snippets.accuracy))
        print(String(format: "%.1f MB in %.2f s of CPU: %.3f ms per 10 KB (this build; BENCHMARKS.md quotes release builds)",
                     Double(bytes) / 1e6, seconds, seconds * 1000 / (Double(bytes) / 10_240)))
    }

    func names(_ file: String) throws -> [String] {
        let path = lists + "/" + file
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("cannot read \(path) (run from the repository, or give --lists)")
        }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    func readabilityPages() throws -> [(String, String, String, String?)] {
        try names("readability-\(set).txt").compactMap { name in
            let base = folder + "/readability/test-pages/" + name
            guard let source = Self.read(base + "/source.html"), let expected = Self.read(base + "/expected.html") else {
                printError("warning: \(base): no source.html or expected.html; run scripts/html-pages.sh")
                return nil
            }
            var title: String?
            if let data = FileManager.default.contents(atPath: base + "/expected-metadata.json"),
               let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                title = json["title"] as? String
            }
            return (name, source, expected, title)
        }
    }

    func trafilaturaPages() throws -> [(String, String, [String], [String])] {
        let root = folder + "/trafilatura"
        guard let data = FileManager.default.contents(atPath: root + "/evaldata.json"),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else {
            throw ValidationError("cannot read \(root)/evaldata.json; run scripts/html-pages.sh")
        }
        return try names("trafilatura-\(set).txt").compactMap { url in
            guard let item = json[url], let file = item["file"] as? String else { return nil }
            guard let source = Self.read(root + "/cache/" + file) ?? Self.read(root + "/eval/" + file) else {
                printError("warning: \(file): not in cache/ or eval/")
                return nil
            }
            return (url, source, item["with"] as? [String] ?? [], item["without"] as? [String] ?? [])
        }
    }

    /// This process's CPU time: on a shared machine, wall time measures the neighbours.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// A page's bytes as text: UTF-8, else Latin-1 (old pages), never a failure.
    static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1)
    }
}
