// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import HattoriTesting
import AuthGuideAPI
@testable import AuthGuide

/// What the auth matrix (`AuthMatrixTests.swift`, gen's) needs from you. As gen created it, the
/// matrix checks refusals alone: every operation with auth refuses requests without credentials,
/// with wrong ones and with malformed ones. Give working credentials for a scheme below and it
/// also checks that they are admitted, by that scheme, wherever the scheme is used, and that lists
/// of schemes try theirs in order. Session schemes need none: the matrix logs users in itself.
enum TestCredentials {
    /// The server under test: build it as your `App.swift` does, with the configuration given
    /// (its session store holds the matrix's sessions).
    static func router(configuration: HattoriConfiguration) -> AuthMatrixRouter {
        makeRouter(handlers: Handlers(devices: devices), authenticators: Authenticators(devices: devices), configuration: configuration)
    }

    /// The devices' tokens of every router the matrix builds: device 7 has one that lasts, and
    /// `revokeDeviceToken` gets tokens made for each request in it.
    static let devices = DeviceTokens(issued: ["device-7-token": "7"])

    /// Credentials your authenticators accept, by scheme name as the spec spells it: here the
    /// guide's secrets. `ip_whitelist` has none: it admits a client address, and requests sent in
    /// process come from none.
    static let working: [String: TestCredential] = [
        "AuthBearer": .bearer("supersecret"),
        "ApiKey": .apiKey("abcdef12345"),
        "HeaderApiKey": .apiKey("supersecret"),
        "CookieKey": .apiKey("supersecret"),
        "BasicAuth": .basic(username: "admin", password: "secret"),
        "QueryKey": .apiKey("supersecret"),
        "HeaderKey": .apiKey("supersecret"),
        "TaggedQueryKey": .apiKey("supersecret"),
        "TaggedHeaderKey": .apiKey("supersecret"),
        "FalsyAuth": .request(query: ["mode": "empty"]),
        "InvalidTokenBearer": .bearer("supersecret"),
        "ForbiddenBearer": .bearer("supersecret"),
        "MyAuth": .bearer("supersecret"),
        "MyAuthNoErrors": .bearer("supersecret"),
        "async_auth": .request(headers: ["X-API-Key": "supersecret"]),
    ]

    /// Custom schemes that admit requests without credentials on purpose (an anonymous fallback,
    /// as `auth: [Token, Anonymous]`): the matrix then expects them to admit wherever they are tried.
    /// None here: `ip_whitelist`, `FalsyAuth` and `async_auth` each want something of the request.
    static let admittingWithoutCredentials: Set<String> = []

    /// A device's token opens that device's paths only, and revoking it ends it.
    static let operations: [String: AuthMatrix.OperationSetup] = [
        "getDevice": .init(pathValues: ["device_id": "7"], credentials: ["DeviceToken": .bearer("device-7-token")]),
        "revokeDeviceToken": .init(pathValues: ["device_id": "8"],
                                   credentials: ["DeviceToken": .fresh { .bearer(await devices.issue(for: "8")) }],
                                   endsCredentials: true),
    ]
}
