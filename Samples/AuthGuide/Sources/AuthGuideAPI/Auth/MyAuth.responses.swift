// Created by gen; this file is yours: gen never overwrites it.
import Hattori

extension Authenticators {
    /// The body of the 401 that `MyAuth` declares, sent when no scheme of an operation accepts the request and `MyAuth` is the first of them that documents errors.
    ///
    /// The status stays 401 whatever this returns. Until you fill it in, and whenever it
    /// throws, the answer carries the default `{"detail": …}` body and the server logs why.
    public func myAuthUnauthorized(request: Hattori.AuthRequest) async throws -> MyErrorResponse {
        MyErrorResponse(detail: "Unauthorized", code: "token_missing_or_invalid")
    }

    /// The body of the 403 that `MyAuth` declares, sent when its check throws `AuthorizationError` (`refusal.detail` is what it gave).
    ///
    /// The status stays 403 whatever this returns. Until you fill it in, and whenever it
    /// throws, the answer carries the default `{"detail": …}` body and the server logs why.
    public func myAuthForbidden(_ refusal: Hattori.AuthorizationError, request: Hattori.AuthRequest) async throws -> ForbiddenResponse {
        ForbiddenResponse(detail: refusal.detail)
    }
}
