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

    /// Appends `text` as a JSON string literal to `output`. `alsoEscaping` answers the escape of
    /// a non-ASCII or DEL scalar that needs one, or nil: YAML's double-quoted style is JSON's
    /// plus its own line breaks and non-printable characters.
    public static func appendString(_ text: String, to output: inout String,
                                    alsoEscaping extra: ((Unicode.Scalar) -> String?)? = nil) {
        output += "\""
        // Most text needs no escape: copy it whole.
        let checksExtra = extra != nil
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || (checksExtra && $0 >= 0x7F) }) {
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
                        output += hexEscape(scalar.value)
                    } else if scalar.value >= 0x7F, let escaped = extra?(scalar) {
                        output += escaped
                    } else {
                        output.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        output += "\""
    }

    /// `\u001f`: a backslash, `marker`, and the value in `digits` lower-case hex digits.
    public static func hexEscape(_ value: UInt32, marker: String = "u", digits: Int = 4) -> String {
        let hex = String(value, radix: 16)
        return "\\" + marker + String(repeating: "0", count: max(0, digits - hex.count)) + hex
    }

    /// A floating-point number as `JSONEncoder` writes it (`1`, `0.5`, `1e+20`: integral values
    /// without `.0`), or nil when it is not finite, which JSON cannot hold.
    public static func number(_ value: some BinaryFloatingPoint & LosslessStringConvertible) -> String? {
        guard value.isFinite else { return nil }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
