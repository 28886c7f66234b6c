// swift-tools-version:6.1
// The benchmarks, a package of their own (as swift-nio keeps them) so that `swift build` of the root package and the
// service image build only what runs. Build and run from this folder:
//   swift run -c release newswire-bench [--model FILE] [--conll FILE] [--csv FILE] [--repeat N] [--write-text FILE]
//   swift run -c release newswire-bench --syntax [--syntax-model FILE] [--csv FILE] [--articles N] [--write-text FILE]
//   swift run -c release newswire-store-bench corpus|build|query ...   (scripts/store-benchmark.sh runs it)
import PackageDescription

let package = Package(
    name: "newswire-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "newswire", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "newswire-bench",
            dependencies: [
                .product(name: "EntityTagger", package: "newswire"),
                .product(name: "Extraction", package: "newswire"),
                .product(name: "Syntax", package: "newswire"),
            ],
            path: "newswire-bench"),
        // 100,000 articles through SQLiteStore.upsert, then every query kind timed at the gateway over ZeroMQ
        // (scripts/store-benchmark.sh starts the services and runs it).
        .executableTarget(
            name: "newswire-store-bench",
            dependencies: [
                .product(name: "Storage", package: "newswire"),
                .product(name: "Ingestion", package: "newswire"),
                .product(name: "Extraction", package: "newswire"),
                .product(name: "NewsModel", package: "newswire"),
                .product(name: "Bus", package: "newswire"),
            ],
            path: "newswire-store-bench"),
        // The store's upsert path alone: the CSV's extractions through SQLiteStore.upsert in batches of 64.
        .executableTarget(
            name: "store-bench",
            dependencies: [
                .product(name: "Storage", package: "newswire"),
                .product(name: "Ingestion", package: "newswire"),
                .product(name: "NewsModel", package: "newswire"),
            ],
            path: "store-bench"),
    ],
    swiftLanguageModes: [.v6]
)
