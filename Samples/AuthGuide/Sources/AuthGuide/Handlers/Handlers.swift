// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

/// Implements every operation of the API. Keep your state (stores, clients) here; the
/// methods live in one file per router next to this one.
struct Handlers: APIProtocol {
    /// The accounts `/login` accepts: the guide's users, passwords `<name>pass`.
    let accounts: [String: (password: String, user: SessionUser)]
    /// The devices' tokens, shared with the authenticators that check them.
    let devices: DeviceTokens

    init(devices: DeviceTokens = DeviceTokens()) {
        self.devices = devices
        let users = [
            SessionUser(username: "normal"),
            SessionUser(username: "staff", isStaff: true),
            SessionUser(username: "superuser", isSuperuser: true, isStaff: true),
            SessionUser(username: "suonly", isSuperuser: true, isStaff: false),
        ]
        accounts = Dictionary(uniqueKeysWithValues: users.map { ($0.username, ("\($0.username)pass", $0)) })
    }
}

/// Identities as JSON, for the endpoints that echo `{"auth": …}`.
extension JSONValue {
    init(identity: String) { self = .string(identity) }

    init(identity: SessionUser) { self = .string(identity.username) }
}
