// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "planpipe",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "planpipe", targets: ["planpipe"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "Normalize", targets: ["Normalize"]),
        .library(name: "Export", targets: ["Export"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]
        ),
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "Ingest", dependencies: ["CLibXML2"], swiftSettings: swiftSettings),
        .target(
            name: "Normalize",
            dependencies: ["Ingest", "CHunspell"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Export",
            dependencies: ["Normalize", "CXLSXWriter", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "planpipe",
            dependencies: [
                "Ingest", "Normalize", "Export",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // libFuzzer targets (`make fuzz`); an ordinary build replays the files named on the command line.
        .target(name: "FuzzSupport", path: "Fuzz/Support", swiftSettings: swiftSettings),
        .executableTarget(name: "FuzzText", dependencies: ["FuzzSupport", "Ingest", "Normalize"], path: "Fuzz/Text",
                          swiftSettings: swiftSettings),
        .executableTarget(name: "FuzzNumber", dependencies: ["FuzzSupport", "Normalize"], path: "Fuzz/Number",
                          swiftSettings: swiftSettings),
        .executableTarget(name: "FuzzXHTML", dependencies: ["FuzzSupport", "Ingest"], path: "Fuzz/XHTML",
                          swiftSettings: swiftSettings),
        .testTarget(
            name: "IngestTests",
            dependencies: ["Ingest"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NormalizeTests",
            dependencies: ["Normalize", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ExportTests",
            dependencies: ["Export", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "CLITests", dependencies: ["planpipe"], swiftSettings: swiftSettings),
    ]
)
