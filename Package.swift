// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Tanba",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tanba", targets: ["tanba"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", exact: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", exact: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", exact: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", exact: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf.git", exact: "4.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/vapor/sql-kit.git", exact: "3.36.0"),
        .package(url: "https://github.com/vapor/leaf-kit.git", exact: "1.14.3"),
        .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        // Named for the NIO modules Tanba imports itself; Vapor resolves the same version.
        .package(url: "https://github.com/apple/swift-nio.git", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
    ],
    targets: [
        // The rules: Foundation only.
        .target(name: "TanbaCore", swiftSettings: strict),
        // Open Badges 3.0 / W3C VC signing and verification: JSON-LD, RDFC-1.0, eddsa-rdfc-2022. No Vapor.
        // zlib inflates and deflates Bitstring Status Lists.
        .systemLibrary(name: "CTanbaZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "TanbaCredentials",
            dependencies: ["CTanbaZlib", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // PDF documents drawn with cairo and pango.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // HarfBuzz's subsetter derives unhinted copies of the document fonts (smaller, faster PDFs).
        .systemLibrary(name: "CHarfBuzzSubset", pkgConfig: "harfbuzz-subset", providers: [.apt(["libharfbuzz-dev"])]),
        // QR codes from libqrencode, drawn as vector shapes.
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        // poppler reads an issued PDF back, to serve a revoked certificate's copy with a stamp over it.
        .systemLibrary(name: "CPopplerGlib", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        // librsvg draws an institution's SVG logo on documents.
        .systemLibrary(name: "CRSVG", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev"])]),
        // libxlsxwriter writes report exports as Excel workbooks.
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .target(name: "TanbaDocuments", dependencies: ["CPangoCairo", "CHarfBuzzSubset", "CQREncode", "CPopplerGlib", "CRSVG", "CXLSXWriter"],
                swiftSettings: strict),
        .target(
            name: "TanbaPersistence",
            dependencies: [
                "TanbaCore",
                "TanbaCredentials",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "TanbaWeb",
            dependencies: [
                "TanbaCore",
                "TanbaPersistence",
                "TanbaDocuments",
                "TanbaCredentials",
                "CCrackLib",
                "COATH",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "LeafKit", package: "leaf-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // Demo content for `tanba demo` and the tests: seed 001's programs taken through the whole chain.
        .target(
            name: "TanbaDemo",
            dependencies: ["TanbaCore", "TanbaPersistence", "TanbaCredentials", "TanbaWeb",
                           .product(name: "Fluent", package: "fluent")],
            swiftSettings: strict
        ),
        // `tanba bench`: issuing, a commission session and credentials, timed stage by stage.
        .target(
            name: "TanbaBenchmarks",
            dependencies: ["TanbaCore", "TanbaPersistence", "TanbaCredentials", "TanbaDocuments", "TanbaWeb", "TanbaDemo",
                           .product(name: "Fluent", package: "fluent"),
                           .product(name: "NIOConcurrencyHelpers", package: "swift-nio")],
            swiftSettings: strict
        ),
        // cracklib checks new passwords against dictionary words and the user's names.
        .systemLibrary(name: "CCrackLib", providers: [.apt(["libcrack2-dev", "cracklib-runtime"])]),
        // liboath computes and checks RFC 6238 TOTP codes for the optional second factor.
        .systemLibrary(name: "COATH", pkgConfig: "liboath", providers: [.apt(["liboath-dev"])]),
        // glibc's mallopt, for the server's allocator settings.
        .systemLibrary(name: "CMallocTuning"),
        .executableTarget(
            name: "tanba",
            dependencies: [
                "CMallocTuning",
                "TanbaCore",
                "TanbaPersistence",
                "TanbaWeb",
                "TanbaDemo",
                "TanbaBenchmarks",
                "TanbaCredentials",
                "TanbaDocuments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Vapor", package: "vapor"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "TanbaCoreTests", dependencies: ["TanbaCore"], swiftSettings: strict),
        .testTarget(name: "TanbaCredentialsTests", dependencies: ["TanbaCredentials"], swiftSettings: strict),
        .testTarget(name: "TanbaDocumentsTests", dependencies: ["TanbaDocuments", "CHarfBuzzSubset"], swiftSettings: strict),
        .testTarget(
            name: "TanbaPersistenceTests",
            dependencies: [
                "TanbaCore",
                "TanbaPersistence",
                "TanbaCredentials",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Vapor", package: "vapor"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TanbaWebTests",
            dependencies: [
                "TanbaWeb",
                "TanbaDemo",
                "TanbaCore",
                "TanbaPersistence",
                "TanbaCredentials",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "tanbaTests", dependencies: ["tanba", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                                                   .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver")],
                    swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
