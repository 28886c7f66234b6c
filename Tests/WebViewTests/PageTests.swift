import Foundation
import NewsModel
import Testing
@testable import WebView

@Suite("web view pages, against a gateway double")
struct PageTests {
    func get(_ gateway: FakeGateway, _ path: String, _ query: [String: String] = [:]) async -> WebResponse {
        await WebApp(gateway: gateway).respond(to: WebRequest(path: path, query: query))
    }

    @Test("an article's markup arrives as text: no <script> from its title or body survives")
    func articleEscapes() async throws {
        let gateway = FakeGateway()
        gateway.answers["article"] = Sample.article()
        let page = await get(gateway, "/articles/a1")
        #expect(page.status == 200)
        #expect(!page.body.contains("<script"), "the page carries no script element")
        #expect(page.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Kyiv"))
        #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("entities are marked by type with a link to their page; the quote names its speaker; tables link to sentences")
    func articleMarks() async throws {
        let gateway = FakeGateway()
        gateway.answers["article"] = Sample.article()
        let body = await get(gateway, "/articles/a1").body
        #expect(body.contains("<mark class=\"ent ent-PER\" data-type=\"PER\" title=\"PER: Volodymyr Zelensky\"><a href=\"/entities?name=Volodymyr%20Zelensky\">Zelensky</a></mark>"))
        #expect(body.contains("<mark class=\"ent ent-LOC\" data-type=\"LOC\" title=\"LOC: Kyiv\"><a href=\"/entities?name=Kyiv\">Kyiv</a></mark>"))
        #expect(body.contains("<span class=\"quote\" data-speaker=\"Volodymyr Zelensky\""))
        #expect(body.contains(">we will hold</span><a class=\"speaker\""))
        for index in 0..<3 { #expect(body.contains("<span class=\"sentence\" id=\"s\(index)\"></span>")) }
        // the count "3 people" is in the third sentence
        #expect(body.contains("<td>KILL</td><td>3</td><td>people</td><td></td><td></td><td><a href=\"#s2\">3</a></td>"))
    }

    @Test("a mention crossing a quote's edge is left unmarked rather than breaking the nesting")
    func crossingMention() {
        let text = "He said \"hold Kyiv\" today"
        let extraction = Extraction(article: ArticleMetadata(id: "x"),
                                    entities: [Entity(id: "E1", type: .location, name: "Kyiv", mentions: [Span(start: 14, end: 21)])],
                                    quotes: [Quote(text: "hold Kyiv", start: 9, end: 18)])
        let html = ArticleMarkup(text: text, extraction: extraction).render().markup
        #expect(!html.contains("<mark"))
        #expect(html.contains("<span class=\"quote\""))
    }

    @Test("bad parameters give a 400 page naming the parameter, before any query")
    func badParameters() async {
        let gateway = FakeGateway()
        let cases: [(String, [String: String], String)] = [("/search", ["q": "x", "from": "2022-13-01"], "'from'"),
                                     ("/events", ["country": "Syria"], "'country'"),
                                     ("/events", ["cameo": "18,x"], "'cameo'"),
                                     ("/search", ["q": "x", "from": "2022-02-01", "to": "2022-01-01"], "'to'"),
                                     ("/entities/abc", [:], "'abc'"),
                                     ("/quotes", ["offset": "-1"], "'offset'")]
        for (path, query, named) in cases {
            let page = await get(gateway, path, query)
            #expect(page.status == 400, "\(path) \(query)")
            #expect(page.body.contains(HTML.escape(named)), "\(path): \(page.body)")
        }
        #expect(gateway.asked.isEmpty)
        let api = await get(gateway, "/api/events", ["min_fatalities": "many"])
        #expect(api.status == 400)
        #expect(api.contentType == "application/json")
        #expect(api.body.contains("min_fatalities"))
    }

    @Test("a gateway that does not answer gives 503; its invalid_parameter 400; not_found 404")
    func gatewayErrors() async {
        let gateway = FakeGateway()
        gateway.failure = .unreachable("no answer from tcp://127.0.0.1:5555 within 3 s")
        let down = await get(gateway, "/search", ["q": "Kyiv"])
        #expect(down.status == 503)
        #expect(down.body.contains("no answer from tcp://127.0.0.1:5555"))
        gateway.failure = .refused(code: .invalidParameter, message: "'text' has 40 words")
        #expect(await get(gateway, "/search", ["q": "Kyiv"]).status == 400)
        gateway.failure = .refused(code: .notFound, message: "no entity with id 9")
        let missing = await get(gateway, "/entities/9")
        #expect(missing.status == 404)
        #expect(missing.body.contains("no entity with id 9"))
        #expect(await get(gateway, "/no/such/page").status == 404)
        #expect(await get(gateway, "/healthz").body == "ok\n")
    }

    @Test("the events map has one point per located event, larger for more fatalities; CSV and GeoJSON carry the rows")
    func eventsMap() async throws {
        let gateway = FakeGateway()
        gateway.answers["events"] = Sample.events()
        var sums = ResultBody(query: .eventSums)
        sums.sums = [EventSum(key: "2022-03-01", events: 1, articles: 1, fatalities: 3),
                     EventSum(key: "2022-03-05", events: 2, articles: 1, fatalities: 42), EventSum(key: nil, events: 1, articles: 1)]
        gateway.answers["event_sums"] = sums
        let page = await get(gateway, "/events", ["cameo": "18,19"])
        #expect(page.status == 200)
        #expect(page.body.contains("data-points=\"2\""))
        #expect(page.body.components(separatedBy: "class=\"event-point\"").count - 1 == 2)
        #expect(page.body.contains("r=\"\(SVGNumber.format(WorldMap.radius(fatalities: 42)))\" data-fatalities=\"42\""))
        #expect(WorldMap.radius(fatalities: 42) > WorldMap.radius(fatalities: 3))
        #expect(page.body.contains("42 &lt;b&gt;soldiers&lt;/b&gt; killed"))
        #expect(page.body.contains("href=\"/events.csv?cameo=18%2C19\""))
        #expect(page.body.components(separatedBy: "class=\"bar\"").count - 1 == 4, "two days, two charts")
        #expect(gateway.asked.first?.cameo == "18,19")
        // Kyiv at 50.45 N 30.52 E in the equirectangular frame
        let (x, y) = WorldMap.project(lat: 50.45, lon: 30.52)
        #expect(abs(x - 561.39) < 0.01 && abs(y - 105.47) < 0.01)
        #expect(page.body.contains("cx=\"561.39\" cy=\"105.47\""))

        let csv = await get(gateway, "/events.csv")
        #expect(csv.contentType.hasPrefix("text/csv"))
        #expect(csv.filename == "events.csv")
        #expect(csv.body.hasPrefix(EventRow.columns.joined(separator: ",") + "\n"))
        #expect(csv.body.split(separator: "\n").count == 4)
        let geo = await get(gateway, "/events.geojson")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(geo.body.utf8)) as? [String: Any])
        #expect((object["features"] as? [Any])?.count == 2)
    }

    @Test("the map draws every country of the outline file")
    func outlines() {
        #expect(WorldOutlines.shared.countries == 177)
        #expect(WorldOutlines.shared.paths.markup.components(separatedBy: "class=\"country\"").count - 1 == 177)
    }

    @Test("an entity page: names, a mentions chart with a bar per day, an ego network with the entity in the middle")
    func entityProfile() async throws {
        let gateway = FakeGateway()
        var result = ResultBody(query: .entity)
        let zelensky = EntityRef(id: 1, name: "Volodymyr <Zelensky>", type: .person)
        result.profile = EntityProfile(entity: zelensky, mentions: 5, articles: 2, aliases: [AliasCount(alias: "Zelensky", mentions: 3)],
                                       cooccurring: ["LOC": [Cooccurrence(entity: EntityRef(id: 2, name: "Kyiv", type: .location), articles: 2)]],
                                       perDay: [DayCount(day: "2022-03-01", mentions: 3, articles: 1),
                                                DayCount(day: "2022-03-02", mentions: 2, articles: 1)])
        gateway.answers["entity"] = result
        var graph = ResultBody(query: .graph)
        graph.graph = Graph(kind: .cooccurrence, directed: false,
                            nodes: [GraphNode(id: 1, label: "Volodymyr <Zelensky>", type: .person, articles: 2, mentions: 5),
                                    GraphNode(id: 2, label: "Kyiv", type: .location, articles: 2, mentions: 2),
                                    GraphNode(id: 3, label: "Kuleba", type: .person, articles: 1, mentions: 1)],
                            edges: [GraphEdge(source: 1, target: 2, weight: 2), GraphEdge(source: 1, target: 3, weight: 1),
                                    GraphEdge(source: 2, target: 3, weight: 1)])
        gateway.answers["graph"] = graph
        let page = await get(gateway, "/entities", ["name": "zelensky"])
        #expect(page.status == 200)
        #expect(gateway.asked.first?.entity == "zelensky")
        #expect(page.body.contains("Volodymyr &lt;Zelensky&gt;"))
        #expect(!page.body.contains("<Zelensky>"))
        #expect(page.body.contains("data-bars=\"2\""))
        #expect(page.body.contains("data-nodes=\"3\" data-edges=\"3\""))
        #expect(page.body.contains("class=\"node node-PER center\"><circle cx=\"320\" cy=\"210\""))
    }

    @Test("the force layout keeps every node inside the frame and apart from the others, the same each time")
    func layout() {
        let nodes = (1...12).map { GraphNode(id: Int64($0), label: "n\($0)", type: .organisation, articles: $0, mentions: $0) }
        let edges = (2...12).map { GraphEdge(source: 1, target: Int64($0), weight: $0) }
        let network = EgoNetwork(graph: Graph(kind: .cooccurrence, directed: false, nodes: nodes, edges: edges), center: 1)
        let placed = network.layout()
        #expect(placed == network.layout())
        for item in placed {
            let inside: Bool = (40.0...600.0).contains(item.x) && (40.0...380.0).contains(item.y)
            #expect(inside)
        }
        for a in placed {
            for b in placed where a.node.id < b.node.id {
                let dx: Double = a.x - b.x, dy: Double = a.y - b.y
                let distance: Double = (dx * dx + dy * dy).squareRoot()
                #expect(distance > 10, "\(a.node.id) \(b.node.id)")
            }
        }
    }

    @Test("metrics: status as Prometheus text, names cleaned, label values escaped")
    func metrics() async {
        let gateway = FakeGateway()
        var status = ResultBody(query: .status)
        status.services = [ServiceStatus(service: "store", instance: "store-\"1\"", up: true, counters: ["articles": 4, "dead-letters": 1]),
                           ServiceStatus(service: "ingester", up: false, error: "no answer")]
        gateway.answers["status"] = status
        let page = await get(gateway, "/metrics")
        #expect(page.contentType.hasPrefix("text/plain; version=0.0.4"))
        #expect(page.body.contains("# TYPE newswire_up gauge\nnewswire_up{service=\"store\",instance=\"store-\\\"1\\\"\"} 1\nnewswire_up{service=\"ingester\",instance=\"ingester\"} 0\n"))
        #expect(page.body.contains("newswire_store_dead_letters{service=\"store\",instance=\"store-\\\"1\\\"\"} 1"))
    }

    @Test("search: hits with their marked snippets, facets of sources, JSON under /api")
    func search() async throws {
        let gateway = FakeGateway()
        var result = ResultBody(query: .search)
        result.hits = [SearchHit(id: "a1", title: "Kyiv <b>", published: "2022-03-01", source: "example.org", url: nil,
                                 snippet: "…in [Kyiv] and <i>…", score: -1)]
        result.total = 1
        gateway.answers["search"] = result
        let page = await get(gateway, "/search", ["q": "Kyiv"])
        #expect(page.body.contains("in <mark class=\"hit\">Kyiv</mark> and &lt;i&gt;…"))
        #expect(page.body.contains("href=\"/search?q=Kyiv&amp;source=example.org\""))
        let api = await get(gateway, "/api/search", ["q": "Kyiv"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(api.body.utf8)) as? [String: Any])
        #expect((object["hits"] as? [Any])?.count == 1)
    }
}
