/// Who is who on the bus, for CURVE authentication: every process holds the keypair of its role, and each socket
/// that binds admits only the roles that belong on it.
///
/// `newswire keys init DIR` writes DIR/ROLE.pub and DIR/ROLE.secret for every role; docs/protocol.md, "Security".
public enum BusRole: String, CaseIterable, Sendable, Hashable {
    case gateway, ingester, extractor, store, client
}

/// The sockets that bind, each a CURVE server named by its ZAP domain.
public enum ServerSocket: String, CaseIterable, Sendable, Hashable {
    case gatewayClients = "gateway.clients"
    case ingesterRequests = "ingester.requests"
    case ingesterArticles = "ingester.articles"
    case ingesterAcks = "ingester.acks"
    case storeQueries = "store.queries"
    case storeResults = "store.results"

    /// The role whose process binds it (and whose secret key it holds).
    public var owner: BusRole {
        switch self {
        case .gatewayClients: .gateway
        case .ingesterRequests, .ingesterArticles, .ingesterAcks: .ingester
        case .storeQueries, .storeResults: .store
        }
    }

    /// The roles admitted: clients talk to the gateway only, only the gateway forwards requests, only extractors
    /// take articles and push results, only the store acknowledges.
    public var admits: Set<BusRole> {
        switch self {
        case .gatewayClients: [.client]
        case .ingesterRequests, .storeQueries: [.gateway]
        case .ingesterArticles, .storeResults: [.extractor]
        case .ingesterAcks: [.store]
        }
    }

    /// The ZAP domain the socket announces.
    public var zapDomain: String { rawValue }
}
