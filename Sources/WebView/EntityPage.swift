import NewsModel

extension Pages {
    /// `/entities`: the list by mentions (type and name prefix filters); with `name=`, that entity's profile.
    func entities(format: Format) async throws -> WebResponse {
        if let name = try parameters.text("name", maxLength: 200) {
            return try await profile(QueryBody(query: .entity, entity: name, limit: 12), format: format)
        }
        let type = try parameters.oneOf("type", EntityType.allCases.map(\.rawValue))
        let prefix = try parameters.text("prefix", maxLength: 200)
        let offset = try offset()
        let result = try await ask(QueryBody(query: .entities, text: prefix, entityType: type, limit: 50, offset: offset))
        if format == .json { return json(result) }
        let list = result.entities ?? []
        let rows = list.map { entity -> [HTML] in
            [HTML(text: entity.type.rawValue), Fragment.entityLink(name: entity.name, type: entity.type.rawValue), "\(entity.mentions)",
             "\(entity.articles)", HTML(text: entity.aliases.prefix(6).joined(separator: "; "))]
        }
        let types = ([nil] + EntityType.allCases.map(\.rawValue)).map { value -> HTML in
            let selected: HTML = value == type ? " selected" : ""
            return "<option value=\"\(value ?? "")\"\(selected)>\(value ?? "any type")</option>"
        }
        let content: HTML = """
            <h1>Entities</h1>
            <form class="search" action="/entities" method="get">
            <label>Name <input type="search" name="name" placeholder="a name or alias"></label><button>Profile</button>
            </form>
            <form class="search" action="/entities" method="get">
            <label>Type <select name="type">\(types)</select></label>
            <label>Starting with <input type="text" name="prefix" value="\(prefix ?? "")"></label><button>List</button>
            </form>
            \(Fragment.pager(path: "/entities", query: query, offset: offset, limit: 50, shown: list.count, total: result.total ?? (offset + list.count)))
            \(Fragment.table(["Type", "Name", "Mentions", "Articles", "Aliases"], rows))
            """
        return .html(Layout.page(title: "Entities", section: "/entities", content))
    }

    /// `/entities/{id}`: one entity's profile.
    func entity(id: String, format: Format) async throws -> WebResponse {
        guard let number = Int64(id), number >= 0 else { throw BadRequest("'\(id)' is not an entity id (a whole number)") }
        return try await profile(QueryBody(query: .entity, id: String(number), limit: 12), format: format)
    }

    /// The profile: names, roles, quotes, events, co-occurring entities, the mentions timeline and the ego network.
    private func profile(_ body: QueryBody, format: Format) async throws -> WebResponse {
        let result = try await ask(body)
        if format == .json { return json(result) }
        guard let profile = result.profile else { throw GatewayFailure.unexpected("an entity answer without a profile") }
        let entity = profile.entity
        let network = try await egoNetwork(profile)
        let seen = [profile.firstSeen.map { "first seen \($0)" }, profile.lastSeen.map { "last seen \($0)" }].compactMap { $0 }
        let aliases = profile.aliases.map { alias -> HTML in "<li>\(alias.alias) <span class=\"n\">\(alias.mentions)</span></li>" }
        let roles = profile.roles.map { role -> HTML in
            let of: HTML = role.refersTo.map { " of " + Fragment.entityLink(name: $0.name, type: $0.type.rawValue, id: $0.id) } ?? .empty
            return "<li>\(role.role)\(of) <span class=\"n\">\(role.articles)</span></li>"
        }
        let candidates: HTML = profile.candidates.isEmpty ? .empty : """
            <p class="candidates">Also named so: \(profile.candidates.map { Fragment.entityLink(name: $0.name, type: $0.type.rawValue, id: $0.id) + HTML(text: " (\($0.type.rawValue))") }.joined(separator: ", "))</p>
            """
        let together = EntityType.allCases.flatMap { type in (profile.cooccurring[type.rawValue] ?? []).map { (type, $0) } }
            .map { type, other -> [HTML] in
                [HTML(text: type.rawValue), Fragment.entityLink(name: other.entity.name, type: type.rawValue, id: other.entity.id), "\(other.articles)"]
            }
        let quotes = profile.quotes.map { quote -> HTML in
            "<li><q>\(quote.text)</q> <span class=\"meta\">\(quote.cue ?? "") · \(quote.published ?? "undated") · \(Fragment.articleLink(id: quote.articleID, title: "article"))</span></li>"
        }
        let events = (profile.asActor.latest.map { ("actor", $0) } + profile.asTarget.latest.map { ("target", $0) })
            .sorted { ($0.1.date ?? $0.1.published ?? "") > ($1.1.date ?? $1.1.published ?? "") }
            .map { side, event -> [HTML] in
                [HTML(text: event.date ?? event.published ?? ""), HTML(text: side), HTML(text: "\(event.cameo) \(event.label)"),
                 event.actors.map { Fragment.entityLink(name: $0.name, type: $0.type.rawValue, id: $0.id) }.joined(separator: "; "),
                 event.targets.map { Fragment.entityLink(name: $0.name, type: $0.type.rawValue, id: $0.id) }.joined(separator: "; "),
                 event.place.map { Fragment.entityLink(name: $0.name, type: $0.type.rawValue, id: $0.id) } ?? .empty,
                 event.fatalities.map { "\($0)" } ?? "", Fragment.articleLink(id: event.articleID, title: "article")]
            }
        let chart = TimelineChart(bars: profile.perDay.map { .init(label: $0.day, value: $0.mentions) }, caption: "mentions per day")
        let eventsLink = URLQuery.link("/events", [("actor", entity.name)])
        let content: HTML = """
            <h1 class="entity ent-\(Fragment.typeClass(entity.type.rawValue))">\(entity.name) <span class="type">\(entity.type.rawValue)</span></h1>
            <p class="meta">\(profile.mentions) mentions in \(profile.articles) articles\(seen.isEmpty ? "" : "; " + seen.joined(separator: ", ")) · <a href="\(URLQuery.link("/search", [("entity", entity.name)]))">its articles</a> · <a href="\(eventsLink)">its events</a> · <a href="\(URLQuery.link("/quotes", [("speaker", entity.name)]))">its quotes</a></p>
            \(candidates)
            <div class="columns">
            <section><h2>Names</h2><ul class="plain">\(aliases)</ul></section>
            <section><h2>Roles</h2>\(roles.isEmpty ? "<p>None found.</p>" as HTML : "<ul class=\"plain\">\(roles)</ul>" as HTML)</section>
            </div>
            <section><h2>Mentions over time</h2>\(chart.render())</section>
            <section><h2>Named with</h2>\(network)
            \(together.isEmpty ? .empty : Fragment.table(["Type", "Name", "Shared articles"], together))</section>
            <section><h2>Latest quotes</h2>\(quotes.isEmpty ? "<p>None.</p>" as HTML : "<ul class=\"quotes\">\(quotes)</ul>" as HTML)</section>
            <section><h2>Events (\(profile.asActor.events) as actor, \(profile.asTarget.events) as target)</h2>
            \(events.isEmpty ? "<p>None.</p>" as HTML : Fragment.table(["Date", "As", "Event", "Actors", "Targets", "Place", "Fatalities", "Source"], events))</section>
            """
        return .html(Layout.page(title: entity.name, section: "/entities", content))
    }

    /// The entity and its partners: the gateway's ego network when its name leads back to this entity, else the
    /// profile's co-occurring entities as a star (a name shared by two entities resolves to the most mentioned).
    private func egoNetwork(_ profile: EntityProfile) async throws -> HTML {
        let entity = profile.entity
        var body = QueryBody(query: .graph, entity: entity.name)
        body.depth = 1
        body.top = 25
        var graph: Graph?
        do {
            graph = try await ask(body).graph
        } catch GatewayFailure.refused(let code, _) where code == .notFound || code == .invalidParameter {
            graph = nil
        }
        if let graph, graph.nodes.contains(where: { $0.id == entity.id }) {
            return EgoNetwork(graph: graph, center: entity.id).render()
        }
        var nodes = [GraphNode(id: entity.id, label: entity.name, type: entity.type, articles: profile.articles, mentions: profile.mentions)]
        var edges: [GraphEdge] = []
        for (_, others) in profile.cooccurring.sorted(by: { $0.key < $1.key }) {
            for other in others where other.entity.id != entity.id && !nodes.contains(where: { $0.id == other.entity.id }) {
                nodes.append(GraphNode(id: other.entity.id, label: other.entity.name, type: other.entity.type, articles: other.articles, mentions: 0))
                edges.append(GraphEdge(source: entity.id, target: other.entity.id, weight: other.articles))
            }
        }
        return EgoNetwork(graph: Graph(kind: .cooccurrence, directed: false, nodes: nodes, edges: edges), center: entity.id).render()
    }
}
