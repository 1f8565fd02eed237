import JSONEscaping

/// The document tree as block-style YAML, written directly: building Yams' node tree and running
/// libyaml's emitter over it cost a fifth of gen's time at 1,000 operations, and held a second
/// copy of the document in memory. The layout is libyaml's (a sequence under a key starts at the
/// key's column); scalars are plain where no YAML 1.1 reader (Yams included) could take them for
/// anything but a string, and double-quoted otherwise. Long lines are not folded.
enum BlockYAML {
    /// The whole document, with a final newline; `node` as `DocumentTreeEncoder.tree` makes it.
    static func text(_ node: DocumentNode) -> String {
        var output = ""
        if let scalar = inline(node) {
            output += scalar
            output += "\n"
        } else {
            write(node, level: 0, continuingLine: false, to: &output)
        }
        return output
    }

    /// Writes a non-empty container. `continuingLine`: the line already holds `- ` for it.
    private static func write(_ node: DocumentNode, level: Int, continuingLine: Bool, to output: inout String) {
        switch node {
        case .object(let object):
            for (index, member) in object.members.enumerated() {
                if index > 0 || !continuingLine { TwoSpaceIndent.pad(level, &output) }
                var key = ""
                appendScalar(member.key, to: &key)
                // YAML limits an implicit key to 1,024 characters; a longer one needs `? key` / `: value`.
                let isExplicit = key.utf8.count > 1000
                if isExplicit {
                    output += "? " + key + "\n"
                    TwoSpaceIndent.pad(level, &output)
                } else {
                    output += key
                }
                output += ":"
                if let scalar = inline(member.value) {
                    output += " "
                    output += scalar
                    output += "\n"
                } else {
                    output += "\n"
                    // libyaml's layout: a mapping's value one level in, a sequence's items at the key's column.
                    let isSequence = if case .array = member.value { true } else { false }
                    write(member.value, level: isSequence && !isExplicit ? level : level + 1, continuingLine: false, to: &output)
                }
            }
        case .array(let array):
            for (index, item) in array.items.enumerated() {
                if index > 0 || !continuingLine { TwoSpaceIndent.pad(level, &output) }
                output += "- "
                if let scalar = inline(item) {
                    output += scalar
                    output += "\n"
                } else {
                    write(item, level: level + 1, continuingLine: true, to: &output)
                }
            }
        case .deferred:
            write(node.resolved, level: level, continuingLine: continuingLine, to: &output)
        case .string, .number, .bool, .null:
            preconditionFailure("scalars are written inline")
        }
    }

    /// The text of a node written on its key's (or dash's) line: scalars and empty containers.
    private static func inline(_ node: DocumentNode) -> String? {
        switch node {
        case .object(let object): return object.members.isEmpty ? "{}" : nil
        case .array(let array): return array.items.isEmpty ? "[]" : nil
        case .string(let text):
            var output = ""
            appendScalar(text, to: &output)
            return output
        case .number(let text): return yamlNumber(text)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .deferred: return inline(node.resolved)
        }
    }

    /// A JSON number as YAML 1.1 spells it: a float with an exponent needs a dot (`1.0e+20`,
    /// where JSON writes `1e+20`), or PyYAML and other strict readers take it for a string.
    static func yamlNumber(_ text: String) -> String {
        guard let exponent = text.firstIndex(where: { $0 == "e" || $0 == "E" }), !text[..<exponent].contains(".") else { return text }
        let sign = text[text.index(after: exponent)...].first.map { $0 == "+" || $0 == "-" } ?? false
        return text[..<exponent] + ".0e" + (sign ? "" : "+") + text[text.index(after: exponent)...]
    }

    /// A string scalar: plain when that is safe, double-quoted with escapes otherwise.
    static func appendScalar(_ text: String, to output: inout String) {
        if isSafePlain(text) {
            output += text
        } else {
            appendDoubleQuoted(text, to: &output)
        }
    }

    /// Words YAML 1.1 readers resolve to booleans or null (compared in lower case).
    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"]

    /// True when `text` reads back as this same string from a plain scalar, in block context:
    /// printable ASCII only, no leading indicator, sign or dot, no leading digit but in a version
    /// number (numbers, dates, `.inf` are not strings),
    /// no `: ` or ` #` inside, no space or colon at either end, and not a reserved word.
    static func isSafePlain(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") || last == UInt8(ascii: ":") { return false }
        if (0x30...0x39).contains(first) { return isVersionNumber(bytes) }
        if Self.leadingIndicators.contains(first) { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            guard (0x20...0x7E).contains(byte) else { return false }
            if (previous == UInt8(ascii: ":") && byte == UInt8(ascii: " "))
                || (previous == UInt8(ascii: " ") && byte == UInt8(ascii: "#")) { return false }
            previous = byte
        }
        return bytes.count > 5 || !reservedWords.contains(text.lowercased())
    }

    /// `3.1.0`: digits with two dots or more match no YAML 1.1 number, date or base-60 rule, so
    /// versions (`openapi: 3.1.0`) stay plain.
    private static func isVersionNumber(_ bytes: String.UTF8View) -> Bool {
        bytes.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }
            && bytes.count(where: { $0 == UInt8(ascii: ".") }) >= 2
    }

    /// Characters that may not start a plain scalar, or that start a number, a special float,
    /// null (`~`), a merge key (`<<`) or a value key (`=`).
    private static let leadingIndicators = Set("-?:,[]{}#&*!|>'\"%@`+.~=<".utf8)

    /// A double-quoted scalar: JSON's escapes (quote, backslash, control characters), and the line
    /// breaks a reader would fold (NEL, LS, PS) and the other non-printable characters as YAML's.
    static func appendDoubleQuoted(_ text: String, to output: inout String) {
        JSONText.appendString(text, to: &output) { scalar in
            switch scalar {
            case "\u{85}": return "\\N"
            case "\u{2028}": return "\\L"
            case "\u{2029}": return "\\P"
            default:
                guard !isPrintable(scalar) else { return nil }
                return scalar.value > 0xFFFF ? JSONText.hexEscape(scalar.value, marker: "U", digits: 8) : JSONText.hexEscape(scalar.value)
            }
        }
    }

    /// YAML's printable set, less the byte-order mark.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xD7FF, 0x10000...0x10FFFF: return true
        case 0xE000...0xFFFD: return scalar.value != 0xFEFF
        default: return false
        }
    }
}
