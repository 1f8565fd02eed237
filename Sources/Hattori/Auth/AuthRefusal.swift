public import Hummingbird

/// A 401 or 403 answered with what its scheme declares in the spec (`responses:`): a body built
/// by the scheme's hook in `Authenticators`, or no body. The answer is final: the spec's
/// exception handlers never see it, and nothing a hook does turns it into a success.
@_spi(Generated) public struct AuthRefusal: Error, Sendable, HTTPResponseError {
    public let status: HTTPResponse.Status
    private let answer: Answer
    /// `WWW-Authenticate` challenges, on a 401 (see `AuthenticationError.challenges`).
    private var headers: HTTPFields = [:]

    private enum Answer: Sendable {
        case empty
        /// Encoded by the context's `responseEncoder` when the refusal is answered.
        case body(any Encodable & Sendable)
        case detail(String)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        switch answer {
        case .empty: JSONResponse.empty(status: status, headers: headers)
        case .body(let body): JSONResponse.make(status: status, body: body, headers: headers, from: request, context: context)
        case .detail(let message): JSONResponse.detail(status: status, message: message, headers: headers)
        }
    }

    /// `status` without a body: the scheme documents it without one. `challenges`: on a 401, its
    /// `WWW-Authenticate` fields.
    public static func empty(_ status: HTTPResponse.Status, challenges: [String] = []) -> AuthRefusal {
        AuthRefusal(status: status, answer: .empty, headers: AuthenticationError.fields(challenges))
    }

    /// The 401 of a list of schemes none of which accepted, with the body `scheme` declares and the
    /// `WWW-Authenticate` `challenges` of the list's schemes. When the hook throws (an unfilled one
    /// does), the default `{"detail":"Unauthorized"}` is sent.
    public static func unauthorized(_ request: AuthRequest, scheme: String, challenges: [String] = [],
                                    body: () async throws -> some Encodable & Sendable) async -> AuthRefusal {
        let headers = AuthenticationError.fields(challenges)
        do {
            return AuthRefusal(status: .unauthorized, answer: .body(try await body()), headers: headers)
        } catch {
            logFailure(error, of: scheme, status: 401, request)
            return AuthRefusal(status: .unauthorized, answer: .detail("Unauthorized"), headers: headers)
        }
    }

    /// The 403 for `refusal` (thrown by `scheme`'s stub, or a failed CSRF check), with the body
    /// `scheme` declares. When the hook throws, the default `{"detail": refusal.detail}` is sent.
    public static func forbidden(_ refusal: AuthorizationError, _ request: AuthRequest, scheme: String,
                                 body: (AuthorizationError) async throws -> some Encodable & Sendable) async -> AuthRefusal {
        do {
            return AuthRefusal(status: .forbidden, answer: .body(try await body(refusal)))
        } catch {
            logFailure(error, of: scheme, status: 403, request)
            return AuthRefusal(status: .forbidden, answer: .detail(refusal.detail))
        }
    }

    private static func logFailure(_ error: any Error, of scheme: String, status: Int, _ request: AuthRequest) {
        request.logger.error("the \(status) body hook of scheme '\(scheme)' failed; answering with the default body",
                             metadata: ["error": "\(String(reflecting: error))"])
    }
}
