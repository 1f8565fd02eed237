// Created by gen; this file is yours: gen never overwrites it.
import Hattori

extension Authenticators {
    /// The body of the 403 that `ForbiddenBearer` declares, sent when its check throws `AuthorizationError` (`refusal.detail` is what it gave).
    ///
    /// The status stays 403 whatever this returns. Until you fill it in, and whenever it
    /// throws, the answer carries the default `{"detail": …}` body and the server logs why.
    public func forbiddenBearerForbidden(_ refusal: Hattori.AuthorizationError, request: Hattori.AuthRequest) async throws -> ForbiddenResponse {
        ForbiddenResponse(detail: refusal.detail)
    }
}
