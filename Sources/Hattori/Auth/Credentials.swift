import Foundation

/// Where and how a built-in scheme finds its credential, parsed as Django Ninja parses it.
/// Missing or malformed credentials yield nil, so the stub is not called and the next scheme
/// is tried; nothing a client sends can make parsing crash. (An empty bearer token is not
/// missing: Ninja passes it to `authenticate`.)
public enum Credentials {
    /// Longer credentials are refused outright (and never reach a stub).
    public static let maximumLength = 8 * 1024

    public enum APIKeyLocation: Sendable {
        case query, header, cookie
    }

    /// An API key from the query string, a header or a cookie. Cookie keys check CSRF first
    /// on unsafe methods when `csrf` is on, as Django Ninja's `APIKeyCookie` does.
    public static func apiKey(_ request: AuthRequest, in location: APIKeyLocation, name: String, csrf: Bool) throws -> String? {
        let value: String?
        switch location {
        case .query: value = request.query.get(name)
        case .header: value = request.header(name)
        case .cookie:
            if csrf { try CSRF.check(request) }
            value = request.cookie(name)
        }
        guard let value, !value.isEmpty, value.utf8.count <= maximumLength else { return nil }
        return value
    }

    /// The token of `Authorization: Bearer <token>`; the scheme word is case-insensitive. As in
    /// Django Ninja, `Bearer` without a token gives the empty token: the stub decides (and may
    /// raise the spec's exception, as the guide's `InvalidToken` example does).
    public static func bearer(_ request: AuthRequest) -> String? {
        guard let (scheme, rest) = authorization(request), isWord(scheme, "bearer") else { return nil }
        return String(trimmingWhitespace(rest))
    }

    /// Username and password of `Authorization: Basic <base64(user:password)>`, split at the first colon.
    public static func basic(_ request: AuthRequest) -> (username: String, password: String)? {
        guard let (scheme, rest) = authorization(request), isWord(scheme, "basic") else { return nil }
        guard let data = Data(base64Encoded: String(trimmingWhitespace(rest))),
              let decoded = String(data: data, encoding: .utf8),
              let colon = decoded.firstIndex(of: ":")
        else { return nil }
        return (String(decoded[..<colon]), String(decoded[decoded.index(after: colon)...]))
    }

    /// `Authorization: <scheme> <rest>` (`rest` empty without a space), or nil when absent or oversized.
    /// Parsed on UTF-8 without Foundation: this runs on every authenticated request.
    static func authorization(_ request: AuthRequest) -> (scheme: Substring, rest: Substring)? {
        guard let value = request.headers[.authorization], value.utf8.count <= maximumLength else { return nil }
        guard let space = value.utf8.firstIndex(of: UInt8(ascii: " ")) else { return (value[...], value[value.endIndex...]) }
        return (value[..<space], value[value.utf8.index(after: space)...])
    }

    /// Whether `word` is `lowercaseASCII`, ignoring ASCII case (`Bearer`, `BEARER`).
    static func isWord(_ word: Substring, _ lowercaseASCII: StaticString) -> Bool {
        let expected = UnsafeBufferPointer(start: lowercaseASCII.utf8Start, count: lowercaseASCII.utf8CodeUnitCount)
        guard word.utf8.count == expected.count else { return false }
        // OR-ing 0x20 lowercases an ASCII capital and leaves a lowercase letter as it is.
        return zip(word.utf8, expected).allSatisfy { $0 | 0x20 == $1 }
    }

    /// `text` without leading and trailing spaces and tabs (any Unicode space separator), as
    /// Foundation's `trimmingCharacters(in: .whitespaces)` trims.
    static func trimmingWhitespace(_ text: Substring) -> Substring {
        func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !isWhitespace($0) })
        else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }
}

/// Double-submit CSRF protection for cookie-based auth: on unsafe methods the `csrftoken`
/// cookie must be present and equal to the `X-CSRFToken` header.
public enum CSRF {
    public static let cookieName = "csrftoken"
    /// A year, Django's `CSRF_COOKIE_AGE`.
    public static let cookieMaxAge = 31_449_600
    public static let headerName = "X-CSRFToken"
    /// The methods CSRF is not checked on.
    public static let safeMethods: Set<String> = ["GET", "HEAD", "OPTIONS", "TRACE"]

    public static func check(_ request: AuthRequest) throws {
        guard !safeMethods.contains(request.method.rawValue) else { return }
        guard let cookie = request.cookie(cookieName), !cookie.isEmpty,
              let header = request.headers[.xCSRFToken],
              ConstantTime.equal(cookie, header)
        else { throw AuthorizationError.csrfFailed }
    }

    /// A fresh random token for the `csrftoken` cookie.
    public static func makeToken() -> String {
        SessionKey.random()
    }
}

/// Comparison whose duration does not depend on where two secrets first differ.
public enum ConstantTime {
    public static func equal(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8), right = Array(b.utf8)
        var difference = UInt8(truncatingIfNeeded: left.count ^ right.count)
        for index in 0..<max(left.count, right.count) {
            let x = index < left.count ? left[index] : 0
            let y = index < right.count ? right[index] : 0
            difference |= x ^ y
        }
        return difference == 0 && left.count == right.count
    }
}
