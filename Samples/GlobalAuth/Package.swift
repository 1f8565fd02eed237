// swift-tools-version:6.1
// Created by gen; this file is yours: gen never overwrites it.
import PackageDescription

let package = Package(
    name: "GlobalAuth",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "GlobalAuth", targets: ["GlobalAuth"]),
        .library(name: "GlobalAuthAPI", targets: ["GlobalAuthAPI"]),
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
            name: "GlobalAuthAPI",
            dependencies: [
                .product(name: "Hattori", package: "Hattori"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // Yours: the handlers, the authenticators and the server, which gen created once.
        .executableTarget(
            name: "GlobalAuth",
            dependencies: [
                .target(name: "GlobalAuthAPI"),
                .product(name: "Hattori", package: "Hattori"),
                // The server's command line (ServerOptions).
                .product(name: "HattoriCommandLine", package: "Hattori"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GlobalAuthTests",
            dependencies: [
                .target(name: "GlobalAuth"),
                .target(name: "GlobalAuthAPI"),
                .product(name: "Hattori", package: "Hattori"),
                // The auth matrix of AuthMatrixTests.swift (in process, with HummingbirdTesting).
                .product(name: "HattoriTesting", package: "Hattori"),
            ]
        ),
    ]
)
