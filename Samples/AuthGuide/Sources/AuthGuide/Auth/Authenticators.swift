// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

/// Implements the authenticator stubs, one file per stub next to this one. Keep what they
/// need here (a client database, secrets from the environment).
struct Authenticators: AuthenticatorsProtocol {
    /// The API clients `ApiKey` looks keys up in (the guide's `Client.objects`).
    let clients: ClientDirectory
    /// The devices' tokens `DeviceToken` checks, shared with the handlers that issue and revoke them.
    let devices: DeviceTokens

    init(clients: ClientDirectory = ClientDirectory(clients: [Client(key: "abcdef12345", name: "abcdef12345")]),
         devices: DeviceTokens = DeviceTokens()) {
        self.clients = clients
        self.devices = devices
    }
}

/// The known API clients, by key.
actor ClientDirectory {
    private let byKey: [String: Client]

    init(clients: [Client]) {
        byKey = Dictionary(clients.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The client with this key; keys are compared in constant time.
    func client(forKey key: String) -> Client? {
        byKey.values.first { ConstantTime.equal($0.key, key) }
    }
}
