/// Where each socket listens unless a flag or environment variable says otherwise: loopback only.
///
/// docs/protocol.md lists the same table; the services and the CLI read their defaults from here.
public enum DefaultEndpoint {
    /// gateway ROUTER: the one address clients know.
    public static let gateway = "tcp://127.0.0.1:5555"
    /// ingester ROUTER: ingest requests and pings from the gateway.
    public static let ingesterRequests = "tcp://127.0.0.1:5556"
    /// ingester PUSH: articles to the extractors, which connect.
    public static let ingesterArticles = "tcp://127.0.0.1:5557"
    /// ingester PULL: acknowledgements from the store, which connects.
    public static let ingesterAcks = "tcp://127.0.0.1:5558"
    /// store ROUTER: queries and pings from the gateway.
    public static let storeQueries = "tcp://127.0.0.1:5559"
    /// store PULL: extractions and heartbeats from the extractors, which connect.
    public static let storeResults = "tcp://127.0.0.1:5560"
}
