import Foundation
import Synchronization

/// The logged-in user a session carries: the identity of session schemes.
public struct SessionUser: Codable, Hashable, Sendable {
    public var username: String
    public var isSuperuser: Bool
    public var isStaff: Bool

    public init(username: String, isSuperuser: Bool = false, isStaff: Bool = false) {
        self.username = username
        self.isSuperuser = isSuperuser
        self.isStaff = isStaff
    }
}

/// Where sessions live. The default keeps them in memory; implement this over a database or
/// Redis to share them between server processes.
public protocol SessionStore: Sendable {
    func user(forSession key: String) async throws -> SessionUser?
    func createSession(for user: SessionUser) async throws -> String
    func deleteSession(_ key: String) async throws
}

/// Sessions in this process's memory, lost on restart.
public final class InMemorySessionStore: SessionStore {
    private let sessions = Mutex<[String: SessionUser]>([:])

    public init() {}

    public func user(forSession key: String) async throws -> SessionUser? {
        sessions.withLock { $0[key] }
    }

    public func createSession(for user: SessionUser) async throws -> String {
        let key = SessionKey.random()
        sessions.withLock { $0[key] = user }
        return key
    }

    public func deleteSession(_ key: String) async throws {
        _ = sessions.withLock { $0.removeValue(forKey: key) }
    }
}

enum SessionKey {
    /// 32 random bytes as hex, from the system's secure generator.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}

/// The three session schemes of the guide: any logged-in user, superusers only, staff (which
/// admits superusers too).
public enum SessionRole: Sendable {
    case user, superuser, staff

    func admits(_ user: SessionUser) -> Bool {
        switch self {
        case .user: return true
        case .superuser: return user.isSuperuser
        case .staff: return user.isStaff || user.isSuperuser
        }
    }
}

public enum SessionAuthentication {
    /// The session's user if it has the role; CSRF is checked first on unsafe methods.
    public static func authenticate(_ request: AuthRequest, cookie: String, role: SessionRole, csrf: Bool) async throws -> SessionUser? {
        guard let key = try Credentials.apiKey(request, in: .cookie, name: cookie, csrf: csrf),
              let user = try await request.configuration.sessions.user(forSession: key)
        else { return nil }
        return role.admits(user) ? user : nil
    }
}
