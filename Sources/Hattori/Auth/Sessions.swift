import Foundation
import Logging
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
/// Redis to share them between server processes. A method throws only when the store cannot be
/// reached: the operation that needed it answers 503 (`HTTPDetailError.sessionsUnavailable`), never
/// a 500, and the next request tries the store again.
public protocol SessionStore: Sendable {
    /// The user of a live session; nil for an unknown key, and for an expired session, which the
    /// store removes (Django: an expired session is no session).
    func user(forSession key: String) async throws -> SessionUser?
    /// Stores a new session for `user`, live until `expiry`, under a fresh random key, and returns the key.
    func createSession(for user: SessionUser, expiresAt expiry: Date) async throws -> String
    /// Removes a session; an unknown key is no error.
    func deleteSession(_ key: String) async throws
}

/// Sessions in this process's memory, lost on restart.
public final class InMemorySessionStore: SessionStore {
    private struct Entry {
        var user: SessionUser
        var expiry: Date
    }

    private let sessions = Mutex<[String: Entry]>([:])
    private let now: @Sendable () -> Date
    private let sweep: SweepCounter

    /// - Parameters:
    ///   - now: the clock (tests pass their own).
    ///   - sweepInterval: expired sessions nobody asks for again are swept out once per this many new ones.
    public init(now: @escaping @Sendable () -> Date = Date.init, sweepInterval: Int = 1_000) {
        self.now = now
        self.sweep = SweepCounter(interval: sweepInterval)
    }

    public func user(forSession key: String) async throws -> SessionUser? {
        let now = now()
        return sessions.withLock { sessions in
            guard let entry = sessions[key] else { return nil }
            guard entry.expiry > now else {
                sessions[key] = nil
                return nil
            }
            return entry.user
        }
    }

    public func createSession(for user: SessionUser, expiresAt expiry: Date) async throws -> String {
        let key = SessionKey.random()
        let sweeping = sweep.next(), now = now()
        sessions.withLock { sessions in
            sessions[key] = Entry(user: user, expiry: expiry)
            if sweeping { sessions = sessions.filter { $0.value.expiry > now } }
        }
        return key
    }

    public func deleteSession(_ key: String) async throws {
        _ = sessions.withLock { $0.removeValue(forKey: key) }
    }

    /// How many sessions the store holds, expired ones not yet removed included.
    public var count: Int { sessions.withLock { $0.count } }
}

/// Session keys, for every store.
public enum SessionKey {
    /// 32 random bytes as hex, from the system's secure generator.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}

/// The three session schemes of the guide: any logged-in user, superusers only, staff (which
/// admits superusers too).
public enum SessionRole: Sendable {
    case user, superuser, staff

    /// Whether a session of `user` passes this role's check.
    public func admits(_ user: SessionUser) -> Bool {
        switch self {
        case .user: return true
        case .superuser: return user.isSuperuser
        case .staff: return user.isStaff || user.isSuperuser
        }
    }
}

@_spi(Generated) public enum SessionAuthentication {
    /// The session's user if it has the role; CSRF is checked first on unsafe methods.
    public static func authenticate(_ request: AuthRequest, cookie: String, role: SessionRole, csrf: Bool) async throws -> SessionUser? {
        guard let key = try Credentials.apiKey(request, in: .cookie, name: cookie, csrf: csrf),
              let user = try await request.configuration.sessions.reaching(logger: request.logger, { try await $0.user(forSession: key) })
        else { return nil }
        return role.admits(user) ? user : nil
    }
}

extension SessionStore {
    /// `body` on this store; a failure to reach it (anything it throws but cancellation) is logged
    /// and becomes `HTTPDetailError.sessionsUnavailable` (503).
    func reaching<Result>(logger: Logger, _ body: (any SessionStore) async throws -> Result) async throws -> Result {
        do {
            return try await body(self)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            logger.error("session store unreachable", metadata: ["error": "\(String(reflecting: error))"])
            throw HTTPDetailError.sessionsUnavailable
        }
    }
}
