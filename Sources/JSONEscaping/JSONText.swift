/// JSON string literals written directly, byte for byte what Foundation's `JSONEncoder` (with
/// `.withoutEscapingSlashes`) writes: the runtime's error bodies and gen's OpenAPI document share it.
public enum JSONText {
    /// A JSON string literal: quotes, backslashes and control characters escaped; slashes and
    /// non-ASCII text as they are.
    public static func string(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 2)
        appendString(text, to: &result)
        return result
    }

    /// Appends `text` as a JSON string literal to `output`.
    public static func appendString(_ text: String, to output: inout String) {
        output += "\""
        // Most text needs no escape: copy it whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": output += "\\\""
                case "\\": output += "\\\\"
                case "\n": output += "\\n"
                case "\r": output += "\\r"
                case "\t": output += "\\t"
                case "\u{08}": output += "\\b"
                case "\u{0C}": output += "\\f"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        output.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        output += "\""
    }
}
