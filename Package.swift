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
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "NewsModel", targets: ["NewsModel"]),
        .library(name: "Bus", targets: ["Bus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C and transport
        .systemLibrary(name: "CZeroMQ", path: "Sources/CZeroMQ"),
        .target(name: "Bus", dependencies: ["CZeroMQ"]),

        // Pure libraries: no sockets
        .target(name: "NewsModel"),
        .target(name: "ModelSupport"),
        .target(name: "EntityTagger", dependencies: ["ModelSupport"], resources: [.copy("Resources")]),
        .target(name: "Syntax", dependencies: ["ModelSupport"], resources: [.copy("Resources")]),
        .target(name: "Extraction", dependencies: ["NewsModel", "EntityTagger", "ModelSupport", "Syntax"]),
        .target(name: "Ingestion", dependencies: ["NewsModel"]),
        .target(name: "Evaluation", dependencies: ["NewsModel", "Extraction", "Ingestion"]),
        .target(name: "Storage", dependencies: [
            "NewsModel",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),

        // Glue shared by the services: config, lifecycle, socket loops
        .target(name: "ServiceSupport", dependencies: [
            "Bus", "NewsModel",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Thin executables
        .executableTarget(name: "newswire-ingester", dependencies: ["ServiceSupport", "Ingestion"], path: "services/ingester", exclude: ["README.md"]),
        .executableTarget(name: "newswire-extractor", dependencies: ["ServiceSupport", "Extraction"], path: "services/extractor", exclude: ["README.md"]),
        .executableTarget(name: "newswire-store", dependencies: ["ServiceSupport", "Storage"], path: "services/store", exclude: ["README.md"]),
        .executableTarget(name: "newswire-gateway", dependencies: ["ServiceSupport"], path: "services/gateway", exclude: ["README.md"]),
        .executableTarget(name: "newswire-bench", dependencies: ["Extraction", "EntityTagger", "Syntax", "NewsModel", "Ingestion"], path: "Benchmarks/newswire-bench"),
        .executableTarget(name: "newswire", dependencies: [
            "Bus", "NewsModel", "Extraction", "Ingestion", "EntityTagger", "Syntax", "Evaluation",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Tests
        .testTarget(name: "BusTests", dependencies: ["Bus"]),
        .testTarget(name: "NewsModelTests", dependencies: ["NewsModel"]),
        .testTarget(name: "EntityTaggerTests", dependencies: ["EntityTagger", "ModelSupport"]),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax", "ModelSupport"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "NewsModel", "Syntax"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "NewsModel"]),
        .testTarget(name: "IngestionTests", dependencies: ["Ingestion", "NewsModel"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "NewsModel"]),
        .testTarget(name: "ServiceSupportTests", dependencies: ["ServiceSupport", "NewsModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Bus", "NewsModel"]),
    ],
    swiftLanguageModes: [.v6]
)
