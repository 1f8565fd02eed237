// swift-tools-version:6.1
import PackageDescription

// Hattori: `gen` turns a YAML API spec into a Hummingbird 2 server package;
// the `Hattori` library is the small runtime those generated servers import.
let package = Package(
    name: "Hattori",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Hattori", targets: ["Hattori"]),
        // The standalone server's command line (`ServerOptions`, with ArgumentParser): a product of
        // its own, so that an API mounted in an application of the user's own does not build it.
        .library(name: "HattoriCommandLine", targets: ["HattoriCommandLine"]),
        // Sessions in PostgreSQL: a product of its own, so that servers without session schemes
        // do not build postgres-nio.
        .library(name: "HattoriPostgres", targets: ["HattoriPostgres"]),
        // The auth matrix a generated package's tests run (HummingbirdTesting, in process).
        .library(name: "HattoriTesting", targets: ["HattoriTesting"]),
        .executable(name: "gen", targets: ["gen"]),
        // `swift package --allow-writing-to-package-directory gen` in a generated package (which
        // depends on this one) regenerates it; `swift package gen-check` is the CI check.
        .plugin(name: "GenCommand", targets: ["GenCommand"]),
        .plugin(name: "GenCheckCommand", targets: ["GenCheckCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Without its default ExternalLoading trait, which gen does not need and which builds slower.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.4.0", traits: []),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // multipart/form-data bodies (file uploads): Vapor's parser, without Vapor.
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // JSON string literals written without an encoder: shared by the runtime and gen.
        .target(name: "JSONEscaping"),
        // Field constraints (gt, min_length, pattern, …) as pydantic checks them: the runtime checks
        // requests with them, gen checks a spec's defaults.
        .target(name: "FieldConstraints"),
        // Runtime library imported by every generated server.
        .target(
            name: "Hattori",
            dependencies: [
                "JSONEscaping",
                "FieldConstraints",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // The options of a generated server's command line.
        .target(
            name: "HattoriCommandLine",
            dependencies: [
                "Hattori",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // The session store on PostgreSQL (postgres-nio's pooled client).
        .target(
            name: "HattoriPostgres",
            dependencies: [
                "Hattori",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                // The deadline's timers on an event loop (`Deadline`).
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // The auth matrix: every operation's refusals, admissions and 405s against its spec.
        .target(
            name: "HattoriTesting",
            dependencies: [
                "Hattori",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The generator pipeline: load → validate → resolve → render → write. Its default templates
        // are Templates/, embedded at build time so that gen works from anywhere.
        .target(
            name: "HattoriGen",
            dependencies: [
                "JSONEscaping",
                "FieldConstraints",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["TemplateEmbedder"],
            path: "Sources/Plugins/EmbedTemplates"
        ),
        .executableTarget(
            name: "gen",
            dependencies: [
                "HattoriGen",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Command plugins, not a build-tool plugin: gen creates files the user owns (once) and
        // decides its file list from the spec, neither of which a build-tool plugin may do
        // (docs/plugin.md).
        .plugin(
            name: "GenCommand",
            capability: .command(
                intent: .custom(verb: "gen", description: "Regenerate this package from its spec (gen's files only; yours are kept)"),
                permissions: [.writeToPackageDirectory(reason: "gen rewrites Sources/<Name>API, openapi.json, openapi.yaml, .hattori/ and Tests/<Name>Tests/AuthMatrixTests.swift, and creates your files that are missing")]
            ),
            dependencies: ["gen"],
            path: "Sources/Plugins/GenCommand"
        ),
        .plugin(
            name: "GenCheckCommand",
            capability: .command(
                intent: .custom(verb: "gen-check", description: "Fail if the generated files are not what gen makes of the spec")
            ),
            dependencies: ["gen"],
            path: "Sources/Plugins/GenCheckCommand"
        ),
        // Each hand-written replacement of a library against that library (BENCHMARKS.md).
        .executableTarget(
            name: "StageBenchmarks",
            dependencies: [
                "Hattori",
                "HattoriGen",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Benchmarks/Stages"
        ),
        .testTarget(name: "HattoriGenTests", dependencies: ["HattoriGen", "JSONEscaping", .product(name: "Yams", package: "Yams")]),
        .testTarget(
            name: "HattoriTests",
            dependencies: [
                "Hattori",
                "HattoriCommandLine",
                "FieldConstraints",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "HattoriTestingTests", dependencies: ["Hattori", "HattoriTesting"]),
        // Against a real PostgreSQL: HATTORI_TEST_POSTGRES_URL (.ci/run starts one and sets it).
        .testTarget(
            name: "HattoriPostgresTests",
            dependencies: [
                "Hattori",
                "HattoriPostgres",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "HattoriGen",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
