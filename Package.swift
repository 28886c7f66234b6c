// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "newswire",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "newswire", targets: ["newswire"]),
        .executable(name: "newswire-ingester", targets: ["newswire-ingester"]),
        .executable(name: "newswire-extractor", targets: ["newswire-extractor"]),
        .executable(name: "newswire-store", targets: ["newswire-store"]),
        .executable(name: "newswire-gateway", targets: ["newswire-gateway"]),
        .executable(name: "newswire-web", targets: ["newswire-web"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "NewsModel", targets: ["NewsModel"]),
        .library(name: "Bus", targets: ["Bus"]),
        .library(name: "Formats", targets: ["Formats"]),
        // For the nested Benchmarks package, which depends on this one by path.
        .library(name: "EntityTagger", targets: ["EntityTagger"]),
        .library(name: "Syntax", targets: ["Syntax"]),
        // For the store benchmark (Benchmarks/newswire-store-bench): the upsert path and the CSV reader.
        .library(name: "Storage", targets: ["Storage"]),
        .library(name: "Ingestion", targets: ["Ingestion"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        // HTTP(S) for feeds and pages: only the WebFetch target (so the ingester and the CLI) links it.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // The web view's HTTP server: only newswire-web (and its tests) link it. No traits: swift-configuration and
        // full Foundation's form coding are not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    ],
    targets: [
        // C and transport
        .systemLibrary(name: "CZeroMQ", path: "Sources/CZeroMQ"),
        .target(name: "Bus", dependencies: ["CZeroMQ"]),

        // Pure libraries: no sockets
        .target(name: "NewsModel"),
        .target(name: "ModelSupport"),
        .target(name: "EntityTagger", dependencies: [
            "ModelSupport", "Formats", .product(name: "Logging", package: "swift-log"),
        ], resources: [.copy("Resources")]),
        .target(name: "Syntax", dependencies: [
            "ModelSupport", .product(name: "Logging", package: "swift-log"),
        ], resources: [.copy("Resources")]),
        // The GeoNames gazetteer (built by `newswire gazetteer build`, shipped in Resources) and its lookups
        .target(name: "Geo", dependencies: ["ModelSupport", "Formats"], resources: [.copy("Resources")]),
        .target(name: "Extraction", dependencies: ["NewsModel", "EntityTagger", "ModelSupport", "Syntax", "Geo"]),
        // Web pages as trees, their article text found by block scoring, and their metadata; also a tolerant XML reader
        .target(name: "HTMLText"),
        // Reading articles from files and bytes, normalising them, content ids: for the CLI, the ingester, evaluation
        .target(name: "Ingestion", dependencies: ["NewsModel", "Formats", "HTMLText"]),
        // What comes in by itself: feeds parsed, their poll schedule and backoff, items seen, the feed list, the inbox's
        // policy. Pure values and files; no sockets, no HTTP.
        .target(name: "Intake", dependencies: ["NewsModel", "Ingestion", "HTMLText"]),
        // Fetching feeds and pages over HTTP(S) with timeouts, size limits and conditional GET
        .target(name: "WebFetch", dependencies: [
            "Intake", "HTMLText", "Ingestion", "NewsModel",
            .product(name: "AsyncHTTPClient", package: "async-http-client"), .product(name: "NIOCore", package: "swift-nio"),
        ]),
        // The ingester's own bookkeeping: what it accepted, what the store still owes, its journal on disk
        .target(name: "Ledger", dependencies: [
            "NewsModel", "Ingestion",
            .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        // File formats, text in, text out: the one CSV reader; CSV/TSV and graph files written for analysts' tools
        .target(name: "Formats"),
        .target(name: "TextTable"),
        .target(name: "Evaluation", dependencies: ["NewsModel", "Extraction", "Ingestion", "TextTable", "Geo", "HTMLText"]),
        // Near-duplicate articles (MinHash, LSH bands) and one story from many reports (the merge policy)
        .target(name: "Dedup"),
        .target(name: "Storage", dependencies: [
            "NewsModel", "Dedup",
            .product(name: "GRDB", package: "GRDB.swift"),
            // the SQLite C API itself, for the query budget's progress handler
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),

        // The services' policies as state machines: inputs and the time in, actions out; no sockets
        .target(name: "ServiceCore", dependencies: ["NewsModel", "Ingestion", "Ledger", "Storage"]),

        // Glue shared by the services: settings, lifecycle, ROUTER routing frames
        .target(name: "ServiceSupport", dependencies: [
            "Bus", "NewsModel",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // A client of the gateway over ZeroMQ (DEALER, CURVE keys, retries): for the CLI and the web view
        .target(name: "GatewayAccess", dependencies: ["Bus", "NewsModel"]),
        // The web view's pages: query parameters to gateway queries, answers to view models to HTML and SVG; no sockets
        .target(name: "WebView", dependencies: ["NewsModel", "Formats"], resources: [.copy("Resources")]),

        // Thin executables
        .executableTarget(name: "newswire-ingester", dependencies: ["Bus", "ServiceSupport", "ServiceCore", "Ingestion", "Ledger", "Intake", "WebFetch"], path: "services/ingester", exclude: ["README.md"]),
        .executableTarget(name: "newswire-extractor", dependencies: ["Bus", "ServiceSupport", "Extraction"], path: "services/extractor", exclude: ["README.md"]),
        .executableTarget(name: "newswire-store", dependencies: ["Bus", "ServiceSupport", "ServiceCore", "Storage"], path: "services/store", exclude: ["README.md"]),
        .executableTarget(name: "newswire-gateway", dependencies: ["Bus", "ServiceSupport", "ServiceCore"], path: "services/gateway", exclude: ["README.md"]),
        .executableTarget(name: "newswire-web", dependencies: [
            "GatewayAccess", "WebView", "NewsModel",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ], path: "services/web", exclude: ["README.md"]),
        .executableTarget(name: "newswire", dependencies: [
            "Bus", "GatewayAccess", "NewsModel", "Extraction", "Ingestion", "EntityTagger", "Syntax", "Evaluation", "Formats", "TextTable", "Geo", "Dedup",
            "HTMLText", "Intake", "WebFetch", "WebView",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // Tests
        .testTarget(name: "BusTests", dependencies: ["Bus"]),
        .testTarget(name: "NewsModelTests", dependencies: ["NewsModel"]),
        .testTarget(name: "EntityTaggerTests", dependencies: ["EntityTagger", "ModelSupport"]),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax", "ModelSupport"]),
        .testTarget(name: "GeoTests", dependencies: ["Geo", "ModelSupport"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "NewsModel", "Syntax", "ModelSupport", "Geo"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Extraction", "NewsModel"]),
        .testTarget(name: "IngestionTests", dependencies: ["Ingestion", "NewsModel"]),
        .testTarget(name: "HTMLTextTests", dependencies: ["HTMLText"]),
        .testTarget(name: "IntakeTests", dependencies: ["Intake", "WebFetch", "Ingestion", "NewsModel", "TestSupport"]),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger", "Ingestion", "NewsModel"]),
        .testTarget(name: "FormatsTests", dependencies: ["Formats"]),
        .testTarget(name: "TextTableTests", dependencies: ["TextTable"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "NewsModel"]),
        .testTarget(name: "DedupTests", dependencies: ["Dedup"]),
        .testTarget(name: "ServiceSupportTests", dependencies: [
            "ServiceSupport", "NewsModel",
            .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
        ]),
        .testTarget(name: "ServiceCoreTests", dependencies: ["ServiceCore", "NewsModel", "Ingestion", "Ledger", "Storage"]),
        .testTarget(name: "ServiceLoopTests", dependencies: [
            "newswire-gateway", "newswire-store", "newswire-ingester", "newswire-extractor",
            "Bus", "ServiceCore", "ServiceSupport", "Storage", "Ingestion", "Ledger", "Extraction", "NewsModel",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "EndToEndTests", dependencies: ["Bus", "NewsModel", "Storage", "TestSupport"]),
        .testTarget(name: "WebViewTests", dependencies: ["WebView", "NewsModel"]),
        .testTarget(name: "WebServerTests", dependencies: [
            "newswire-web", "WebView", "NewsModel",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
