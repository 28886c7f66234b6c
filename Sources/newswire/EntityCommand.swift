import GatewayAccess
import ArgumentParser
import NewsModel

struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Everything the stored articles say about one person, organisation or place.",
        discussion: """
            NAME matches the canonical name and every alias, accents and case ignored; when it names several \
            entities the most mentioned is shown and the others are listed. A number is an entity id.
            """)

    @Argument(help: "A name or alias, or an entity id.")
    var name: String

    @Option(help: "How many of each list (aliases, roles, co-occurring per type, quotes, latest events).")
    var limit = 10

    @Option(help: "How many of the latest days of mentions to list (all of them with --json).")
    var days = 14

    @OptionGroup var client: ClientOptions

    func run() throws {
        let isID = !name.isEmpty && name.allSatisfy { $0.isASCII && $0.isNumber }
        var request = QueryRequest(query: .entity, limit: limit)
        if isID { request.id = name } else { request.entity = name }
        let reply = try client.connect().query(request)
        if client.json { return try printJSON(reply) }
        guard let profile = reply.profile else { throw ClientError.unexpected("an entity answer without a profile") }
        print(ProfileReport(profile: profile, days: days).render())
    }
}

/// The profile as text for people: a heading, then one short table per part.
struct ProfileReport {
    let profile: EntityProfile
    let days: Int

    func render() -> String {
        var out: [String] = []
        let entity = profile.entity
        out.append("\(entity.name)  (\(entity.type.rawValue), id \(entity.id))")
        let seen = [profile.firstSeen.map { "first seen \($0)" }, profile.lastSeen.map { "last seen \($0)" }].compactMap { $0 }
        out.append("\(profile.mentions) mentions in \(profile.articles) articles" + (seen.isEmpty ? "" : "; " + seen.joined(separator: ", ")))
        if !profile.candidates.isEmpty {
            out.append("also named so: " + profile.candidates.map(Self.describe).joined(separator: "; "))
        }
        if !profile.aliases.isEmpty {
            var table = Table("WRITTEN AS", "MENTIONS")
            for alias in profile.aliases { table.add(alias.alias, "\(alias.mentions)") }
            out.append(section("Names", table))
        }
        if !profile.roles.isEmpty {
            var table = Table("ROLE", "ARTICLES", "OF")
            table.maxWidth = [0: 60]
            for role in profile.roles {
                table.add(role.role, "\(role.articles)", role.refersTo.map { "\($0.name) (\($0.type.rawValue))" } ?? "")
            }
            out.append(section("Roles", table))
        }
        let together = EntityType.allCases.flatMap { type in
            (profile.cooccurring[type.rawValue] ?? []).map { (type, $0) }
        }
        if !together.isEmpty {
            var table = Table("TYPE", "NAME", "SHARED ARTICLES")
            table.maxWidth = [1: 50]
            for (type, other) in together { table.add(type.rawValue, other.entity.name, "\(other.articles)") }
            out.append(section("Named with", table))
        }
        if !profile.quotes.isEmpty {
            let lines = profile.quotes.map { quote in
                "  “\(Self.cut(quote.text, 110))” (\(quote.cue ?? "-"); \(quote.published ?? "undated"), \(quote.articleID))"
            }
            out.append("Latest quotes\n" + lines.joined(separator: "\n"))
        }
        out.append(side("actor", profile.asActor))
        out.append(side("target", profile.asTarget))
        if !profile.perDay.isEmpty {
            var table = Table("DAY", "MENTIONS", "ARTICLES")
            for day in profile.perDay.suffix(days) { table.add(day.day, "\(day.mentions)", "\(day.articles)") }
            let shown = min(days, profile.perDay.count)
            out.append(section("Mentions per day (latest \(shown) of \(profile.perDay.count) days)", table))
        }
        return out.joined(separator: "\n\n")
    }

    private func side(_ role: String, _ side: EventSide) -> String {
        guard side.events > 0 else { return "Events as \(role): none" }
        var counts = Table("CAMEO", "LABEL", "EVENTS", "KILLED")
        for root in side.byCAMEO { counts.add(root.cameo, root.label, "\(root.events)", "\(root.fatalities)") }
        var latest = Table("DATE", "CAMEO", "TRIGGER", "ACTORS", "TARGETS", "PLACE", "KILLED", "ARTICLE")
        latest.maxWidth = [3: 30, 4: 30, 5: 20]
        for event in side.latest {
            latest.add(event.date ?? event.published.map { "(\($0))" } ?? "-", event.cameo, event.trigger,
                       event.actors.map(\.name).joined(separator: ", "), event.targets.map(\.name).joined(separator: ", "),
                       event.place?.name ?? "", event.fatalities.map(String.init) ?? "", event.articleID)
        }
        return "Events as \(role) (\(side.events))\n\(counts.render())\n\nLatest\n\(latest.render())"
    }

    private func section(_ title: String, _ table: Table) -> String {
        "\(title)\n\(table.render())"
    }

    static func describe(_ entity: EntityRef) -> String {
        "\(entity.name) (\(entity.type.rawValue), id \(entity.id)\(entity.mentions.map { ", \($0) mentions" } ?? ""))"
    }

    static func cut(_ text: String, _ limit: Int) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
