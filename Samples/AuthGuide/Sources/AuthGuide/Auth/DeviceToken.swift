// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `DeviceToken`. Checks the token of `Authorization: Bearer <token>`.
    ///
    /// A device's own token (not in the guide), valid on that device's paths only, until revoked.
    /// The identity is the token itself, which `revokeDeviceToken` revokes.
    func deviceToken(token: String, request: AuthRequest) async throws -> String? {
        guard let device = await devices.device(forToken: token), DeviceTokens.device(inPath: request.path) == device else { return nil }
        return token
    }
}

/// The devices' tokens and the device each opens: the handlers issue and revoke them, the
/// `DeviceToken` stub checks them. One instance is shared by both (`App.swift`).
actor DeviceTokens {
    private var deviceByToken: [String: String]

    init(issued: [String: String] = [:]) {
        deviceByToken = issued
    }

    func issue(for device: String) -> String {
        let token = "device-\(SessionKey.random())"
        deviceByToken[token] = device
        return token
    }

    /// The device `token` opens; tokens are compared in constant time.
    func device(forToken token: String) -> String? {
        deviceByToken.first { ConstantTime.equal($0.key, token) }?.value
    }

    func revoke(_ token: String) {
        deviceByToken[token] = nil
    }

    /// The device a path under `/devices/` names (`/api/devices/7/revoke` → `7`), decoded.
    static func device(inPath path: String) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        guard let index = segments.firstIndex(of: "devices"), index + 1 < segments.count else { return nil }
        return segments[index + 1].removingPercentEncoding
    }
}
