// Created by gen; this file is yours: gen never overwrites it.
import Hattori

extension Authenticators {
    /// The stub of `FalsyAuth`. Decides from the whole request (method, path, headers, query, cookies, client address).
    ///
    /// Returns "", 0, false or "yes" for ?mode=empty|zero|false|truthy: all of them authenticate.
    ///
    /// Return the caller's identity (any value, even "" or 0, counts as authenticated), or nil to
    /// deny: the next scheme of the operation is tried, and 401 is sent when none accepts. Throw
    /// `AuthorizationError()` for 403, or one of the spec's exceptions for its own answer.
    /// Compare secrets with `ConstantTime.equal`.
    public func falsyAuth(request: Hattori.AuthRequest) async throws -> Hattori.JSONValue? {
        switch request.query.get("mode") {
        case "empty": return .string("")
        case "zero": return .int(0)
        case "false": return .bool(false)
        case "truthy": return .string("yes")
        default: return nil
        }
    }
}
