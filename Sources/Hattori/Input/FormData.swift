public import Hummingbird
import Foundation

/// `application/x-www-form-urlencoded` text as Django's `QueryDict` reads form bodies and query
/// strings alike: `+` is a space and `%XX` escapes are decoded, in names and values. (Hummingbird's
/// `queryParameters` keeps `+` and leaves names encoded, so `?sort=a+b` would not be `a b`.)
enum FormData {
    static func parameters(_ text: String) -> Parameters {
        var fields = Parameters()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            fields.append(key: decode(parts[0]), value: parts.count > 1 ? decode(parts[1]) : "")
        }
        return fields
    }

    private static func decode(_ text: Substring) -> Substring {
        // Most names and values have nothing to decode: they need no Foundation string work.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else { return text }
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return (spaced.removingPercentEncoding ?? spaced)[...]
    }
}
