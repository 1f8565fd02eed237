// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The stub of `FalsyAuth`. Decides from the whole request (method, path, headers, query, cookies, client address).
    ///
    /// Returns "", 0, false or "yes" for ?mode=empty|zero|false|truthy: all of them authenticate.
    func falsyAuth(request: AuthRequest) async throws -> JSONValue? {
        switch request.query.get("mode") {
        case "empty": return .string("")
        case "zero": return .int(0)
        case "false": return .bool(false)
        case "truthy": return .string("yes")
        default: return nil
        }
    }
}
