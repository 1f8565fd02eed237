// swift-tools-version:6.1
// Created by gen; this file is yours: gen never overwrites it.
import PackageDescription

let package = Package(
    name: "HostileNames",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "HostileNames", targets: ["HostileNames"]),
        .library(name: "HostileNamesAPI", targets: ["HostileNamesAPI"]),
    ],
    traits: [
        // `swift build --traits PostgreSQL` (also `swift run`, `swift test`): a server that can keep
        // its sessions in PostgreSQL, shared by replicas (`--sessions postgres://…`). Without it the
        // server keeps them in memory and builds without postgres-nio, minutes sooner on a first build.
        // To build with it always: `.default(enabledTraits: ["PostgreSQL"])` beside it.
        .trait(name: "PostgreSQL", description: "Sessions in PostgreSQL (--sessions postgres://…), with postgres-nio"),
    ],
    dependencies: [
        .package(name: "Hattori", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // gen's: models, operations, handler protocols, auth schemes, the OpenAPI document.
        // gen rewrites it from the spec; nothing in it is edited by hand.
        .target(
            name: "HostileNamesAPI",
            dependencies: [
                .product(name: "Hattori", package: "Hattori"),
                // Sessions in PostgreSQL (`--sessions postgres://…`), with the PostgreSQL trait only.
                .product(name: "HattoriPostgres", package: "Hattori", condition: .when(traits: ["PostgreSQL"])),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // Yours: the handlers, the authenticators and the server, which gen created once.
        .executableTarget(
            name: "HostileNames",
            dependencies: [
                .target(name: "HostileNamesAPI"),
                .product(name: "Hattori", package: "Hattori"),
                // The server's command line (ServerOptions).
                .product(name: "HattoriCommandLine", package: "Hattori"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "HostileNamesTests",
            dependencies: [
                .target(name: "HostileNames"),
                .target(name: "HostileNamesAPI"),
                .product(name: "Hattori", package: "Hattori"),
                // The auth matrix of AuthMatrixTests.swift (in process, with HummingbirdTesting).
                .product(name: "HattoriTesting", package: "Hattori"),
            ]
        ),
    ]
)
