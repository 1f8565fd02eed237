// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The body of the 403 that `ForbiddenBearer` declares, sent when its check throws `AuthorizationError` (`refusal.detail` is what it gave).
    func forbiddenBearerForbidden(_ refusal: AuthorizationError, request: AuthRequest) async throws -> ForbiddenResponse {
        ForbiddenResponse(detail: refusal.detail)
    }
}
