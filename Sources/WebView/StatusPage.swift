import Foundation
import NewsModel

extension Pages {
    /// `/status`: each service and extractor, up or not, with its counters; the latest dead letters.
    func status(format: Format) async throws -> WebResponse {
        let result = try await ask(QueryBody(query: .status))
        if format == .json { return json(result) }
        let services = result.services ?? []
        let rows = services.map { service -> [HTML] in
            let counters = service.counters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            return [HTML(text: service.service), HTML(text: service.instance ?? ""),
                    service.up ? "<span class=\"up\">up</span>" : "<span class=\"down\">down</span>",
                    HTML(text: service.latencyMicroseconds.map { "\($0) µs" } ?? ""), HTML(text: counters), HTML(text: service.error ?? "")]
        }
        // dead letters come from the ingester and the store: a backend down must not take the whole page with it
        let letters = (try? await ask(QueryBody(query: .deadLetters, limit: 20)).letters) ?? []
        let letterRows = letters.map { letter -> [HTML] in
            [HTML(text: letter.time), HTML(text: letter.service), HTML(text: letter.reason), HTML(text: letter.articleID ?? ""),
             "\(letter.bytes)", HTML(text: String(letter.excerpt.prefix(120)))]
        }
        let content: HTML = """
            <h1>Status</h1>
            \(Fragment.table(["Service", "Instance", "State", "Latency", "Counters", "Error"], rows, id: "services"))
            <h2>Dead letters</h2>
            \(letterRows.isEmpty ? "<p>None.</p>" as HTML : Fragment.table(["Time", "Service", "Reason", "Article", "Bytes", "Excerpt"], letterRows))
            <p><a href="/metrics">Prometheus metrics</a></p>
            """
        return .html(Layout.page(title: "Status", section: "/status", content))
    }

    /// `/metrics`: the status counters in the Prometheus text format, one gauge per service counter.
    func metrics() async throws -> WebResponse {
        let services = try await ask(QueryBody(query: .status)).services ?? []
        return WebResponse(contentType: "text/plain; version=0.0.4; charset=utf-8", body: PrometheusText.render(services))
    }
}

/// Status answers as Prometheus exposition text: `newswire_up` per instance, `newswire_<service>_<counter>` gauges.
enum PrometheusText {
    static func render(_ services: [ServiceStatus]) -> String {
        var families: [String: [String]] = [:]
        var order: [String] = []
        func add(_ name: String, _ labels: [(String, String)], _ value: String) {
            if families[name] == nil { order.append(name) }
            let text = labels.map { "\($0.0)=\"\(label($0.1))\"" }.joined(separator: ",")
            families[name, default: []].append("\(name){\(text)} \(value)")
        }
        for service in services {
            let labels = [("service", service.service), ("instance", service.instance ?? service.service)]
            add("newswire_up", labels, service.up ? "1" : "0")
            if let latency = service.latencyMicroseconds {
                add("newswire_ping_latency_seconds", labels, String(Double(latency) / 1_000_000))
            }
            for (counter, value) in service.counters.sorted(by: { $0.key < $1.key }) {
                add("newswire_\(metricName(service.service))_\(metricName(counter))", labels, String(value))
            }
        }
        return order.map { name in
            let help = name == "newswire_up" ? "1 when the service answered the gateway's ping"
                : name == "newswire_ping_latency_seconds" ? "how long the gateway's ping took" : "a counter the service reports in status"
            return "# HELP \(name) \(help)\n# TYPE \(name) gauge\n" + families[name]!.joined(separator: "\n") + "\n"
        }.joined()
    }

    /// Metric names take letters, digits and underscores only.
    static func metricName(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    /// Label values escape backslash, double quote and line feed.
    static func label(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
