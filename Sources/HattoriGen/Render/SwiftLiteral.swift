import Foundation

/// Spec text made safe to place in generated Swift: string literals that cannot be broken out
/// of (quotes, backslashes, `\(`, newlines, control characters) and doc comments that cannot
/// be closed or turned into code.
enum SwiftLiteral {
    /// A double-quoted Swift string literal with everything unusual escaped.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .lineSeparator
                    || scalar.properties.generalCategory == .paragraphSeparator || scalar.properties.generalCategory == .format {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A raw multi-line string literal holding `text` verbatim (less its final newline, with
    /// `trimmingFinalNewline`): enough `#`s that nothing in the text can end the literal or
    /// start an interpolation.
    static func rawMultiline(_ text: String, indent: String, trimmingFinalNewline: Bool = false) -> String {
        var text = text
        // On UTF-8 bytes, a line at a time: the text is the whole OpenAPI document, megabytes for
        // a large API (and `String.dropLast` alone walked all of its characters).
        return text.withUTF8 { whole in
            let newline = UInt8(ascii: "\n")
            var bytes = whole[...]
            if trimmingFinalNewline, bytes.last == newline { bytes = bytes.dropLast() }
            var longestRun = 0, run = 0
            for byte in bytes {
                if byte == UInt8(ascii: "#") { run += 1; longestRun = max(longestRun, run) } else { run = 0 }
            }
            let hashes = String(repeating: "#", count: longestRun + 1)
            let indentBytes = Array(indent.utf8)
            var body: [UInt8] = []
            body.reserveCapacity(bytes.count + bytes.count / 8)
            var lineStart = bytes.startIndex
            while lineStart < bytes.endIndex {
                let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.endIndex
                if lineEnd > lineStart {  // empty lines stay empty
                    body += indentBytes
                    body += bytes[lineStart..<lineEnd]
                }
                if lineEnd < bytes.endIndex { body.append(newline) }
                lineStart = lineEnd + 1
            }
            return "\(hashes)\"\"\"\n\(String(decoding: body, as: UTF8.self))\n\(indent)\"\"\"\(hashes)"
        }
    }

    /// Printable ASCII, no space at either end: one doc line as it is.
    static func isPlainLine(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
        return bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// The lines of a doc comment, each to follow its own `///` (line comments cannot be closed by
    /// `*/`); an empty line between paragraphs; none when there is no text.
    static func docLines(_ parts: [String?]) -> [String] {
        // Most declarations have no description: skip the Foundation string work for them.
        guard parts.contains(where: { $0?.isEmpty == false }) else { return [] }
        // Most that have one have one plain line (`200`, a summary): nothing to split or trim.
        if parts.count == 1, let text = parts[0], Self.isPlainLine(text) { return [text] }
        let paragraphs = parts.compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard !paragraphs.isEmpty else { return [] }
        // One pass over the text: CR LF, CR, U+2028 and U+2029 end a line; other control
        // characters but tab are dropped; trailing spaces are trimmed.
        var result: [String] = []
        var line = String.UnicodeScalarView()
        func endLine() {
            while line.last == " " { line.removeLast() }
            result.append(String(line))
            line.removeAll(keepingCapacity: true)
        }
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { endLine() }
            var afterCarriageReturn = false
            for scalar in paragraph.unicodeScalars {
                defer { afterCarriageReturn = scalar == "\r" }
                switch scalar {
                case "\n": if !afterCarriageReturn { endLine() }
                case "\r", "\u{2028}", "\u{2029}": endLine()
                case "\t": line.append(scalar)
                default: if scalar.value >= 0x20 { line.append(scalar) }
                }
            }
            endLine()
        }
        return result
    }
}
