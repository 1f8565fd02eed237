// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import AuthGuideAPI

extension Authenticators {
    /// The body of the 401 that `MyAuth` declares, sent when no scheme of an operation accepts the request and `MyAuth` is the first of them that documents errors.
    func myAuthUnauthorized(request: AuthRequest) async throws -> MyErrorResponse {
        MyErrorResponse(detail: "Unauthorized", code: "token_missing_or_invalid")
    }

    /// The body of the 403 that `MyAuth` declares, sent when its check throws `AuthorizationError` (`refusal.detail` is what it gave).
    func myAuthForbidden(_ refusal: AuthorizationError, request: AuthRequest) async throws -> ForbiddenResponse {
        ForbiddenResponse(detail: refusal.detail)
    }
}
