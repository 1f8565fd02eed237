/// Form fields or query parameters as Django's `QueryDict` reads `application/x-www-form-urlencoded`
/// text, in bodies and query strings alike: `+` is a space, each valid `%XX` escape is a byte, an
/// invalid one stays as written, invalid UTF-8 becomes U+FFFD (`unquote(errors="replace")`), in
/// names and values; and a name given several times answers with its last value, as
/// `QueryDict.get` does. (Hummingbird's `queryParameters` keeps `+`, leaves names encoded and
/// answers with the first value.)
public struct FormFields: Sendable {
    private let pairs: [(name: String, value: String)]

    public init(_ text: String) {
        pairs = text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// Fields already split (a multipart body's).
    init(pairs: [(name: String, value: String)]) {
        self.pairs = pairs
    }

    /// The last value given for `name`.
    public func get(_ name: String) -> String? {
        pairs.last { $0.name == name }?.value
    }

    /// Every value given for `name`, in order (`?tag=a&tag=b`).
    public func getAll(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    static func decode(_ text: Substring) -> String {
        let plus = UInt8(ascii: "+"), percent = UInt8(ascii: "%")
        // Most names and values have nothing to decode.
        guard text.utf8.contains(where: { $0 == plus || $0 == percent }) else { return String(text) }
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == percent, index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                decoded.append(high << 4 | low)
                index += 3
                continue
            }
            decoded.append(byte == plus ? UInt8(ascii: " ") : byte)
            index += 1
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
