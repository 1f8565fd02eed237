/// RFC 9110 tokens: what header, cookie and API key names may contain.
enum HTTPToken {
    static let allowed = Set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy(allowed.contains)
    }
}
