/// What a response's `content:` may be, and what its body then is.
enum MediaType {
    /// The kind of body a media type gives: JSON typed by `body:`, text (`Swift.String`) or bytes.
    enum BodyKind: Sendable, Equatable {
        case json, text, bytes
    }

    /// `type/subtype` with token characters, no parameters (the server adds `charset=utf-8` to text).
    static func isValid(_ mediaType: String) -> Bool {
        let parts = mediaType.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { HTTPToken.isValid(String($0)) }
    }

    /// `application/json` and `…+json` are JSON; `text/…` is text; anything else is bytes.
    static func bodyKind(_ mediaType: String) -> BodyKind {
        let lowered = mediaType.lowercased()
        if lowered == "application/json" || lowered.hasSuffix("+json") { return .json }
        return lowered.hasPrefix("text/") ? .text : .bytes
    }

    /// Headers a response may not declare: the server sets them from the body (`Content-Type`,
    /// `Content-Length`) or the connection (`Transfer-Encoding`).
    static let reservedHeaders: Set<String> = ["content-type", "content-length", "transfer-encoding"]

    /// A download's file name goes inside a quoted `filename="…"`: printable ASCII, no quote,
    /// backslash or slash (RFC 6266 asks for no path).
    static func isValidFilename(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            (0x20..<0x7F).contains(scalar.value) && !"\"\\/".unicodeScalars.contains(scalar)
        }
    }
}
