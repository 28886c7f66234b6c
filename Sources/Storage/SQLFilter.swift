import GRDB

/// WHERE conditions with their arguments, built up filter by filter; values only ever travel as arguments.
struct SQLFilter {
    private(set) var conditions: [String] = []
    private(set) var arguments: [(any DatabaseValueConvertible)?] = []

    mutating func add(_ condition: String, _ values: (any DatabaseValueConvertible)?...) {
        add(condition, values: values)
    }

    mutating func add(_ condition: String, values: [(any DatabaseValueConvertible)?]) {
        conditions.append(condition)
        arguments += values
    }

    var clause: String { conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ") }

    var statementArguments: StatementArguments { StatementArguments(arguments) }

    /// The ids of the canonical entities that have this spelling (the name itself is among the spellings).
    static let entitiesNamed = "SELECT entity FROM entity_aliases WHERE key = ?"
}
