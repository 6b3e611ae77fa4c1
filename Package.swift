// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Quotebase",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "QuotebaseCore", targets: ["QuotebaseCore"]),
        .executable(name: "quotebase", targets: ["quotebase"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // zlib reads .jsonl.gz corpora (and plain files) through one streaming reader.
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libxml2's forgiving HTML parser reads saved web pages (issue 9); tag soup is not something to parse by hand.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // sqlite3_config is variadic, which Swift cannot call: a two-line C shim sets what only it can.
        .target(
            name: "CSQLiteConfig",
            linkerSettings: [.linkedLibrary("sqlite3")]
        ),
        .target(
            name: "QuotebaseCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // The writer binds row values with sqlite3_bind_* (Storage/BoundStatement.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                "CZlib",
                "CLibXML2",
                "CSQLiteConfig",
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "quotebase",
            dependencies: [
                "QuotebaseCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "QuotebaseCoreTests",
            dependencies: ["QuotebaseCore"]
        ),
        // Runs the built `quotebase` binary: exit codes, one-line errors, stdout/stderr as a user sees them.
        .testTarget(
            name: "QuotebaseCLITests",
            dependencies: ["quotebase"]
        ),
    ]
)
