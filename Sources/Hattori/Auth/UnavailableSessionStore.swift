import Foundation

/// A store that refuses every call with its reason: operations that need a session answer 503 and
/// the log says why. It stands in for the PostgreSQL store of `--sessions postgres://…` until the
/// generated `makeRouter` opens that store, so that a server whose generated code predates the
/// option does not keep its sessions in memory unnoticed (replicas would not share them).
public struct UnavailableSessionStore: SessionStore {
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    public let reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public func user(forSession key: String) async throws -> SessionUser? {
        throw Unavailable(description: reason)
    }

    public func createSession(for user: SessionUser, expiresAt expiry: Date) async throws -> String {
        throw Unavailable(description: reason)
    }

    public func deleteSession(_ key: String) async throws {
        throw Unavailable(description: reason)
    }
}
