// swift-tools-version:6.0
// Created by gen; this file is yours: gen never overwrites it.
import PackageDescription

let package = Package(
    name: "AuthGuide",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "AuthGuideServer", targets: ["AuthGuideServer"]),
        .library(name: "AuthGuideAPI", targets: ["AuthGuideAPI"]),
    ],
    dependencies: [
        .package(name: "Hattori", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "AuthGuideAPI",
            dependencies: [
                .product(name: "Hattori", package: "Hattori"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "AuthGuideServer",
            dependencies: [
                .target(name: "AuthGuideAPI"),
                .product(name: "Hattori", package: "Hattori"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AuthGuideTests",
            dependencies: [
                .target(name: "AuthGuideAPI"),
                .product(name: "Hattori", package: "Hattori"),
            ]
        ),
    ]
)
