import Foundation

/// An integer written as text (a path segment, query item, header, cookie or form field), read as
/// pydantic reads one (`str_as_int` in pydantic-core), so that what Django Ninja accepts is
/// accepted: surrounding whitespace, a sign, single `_` between digits (`1_000`), and a fraction of
/// zeros only (`25401.0`, which JSON Schema counts as an integer too). `1.5`, `1.`, `.0`, `1e3` and
/// `0x10` are not integers.
enum IntegerText {
    static func parse(_ text: Substring) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var whole = Substring(trimmed)
        if let dot = whole.lastIndex(of: ".") {
            let fraction = whole[whole.index(after: dot)...]
            guard !fraction.isEmpty, fraction.allSatisfy({ $0 == "0" }) else { return nil }
            whole = whole[..<dot]
        }
        var digits = whole
        var sign = ""
        if let first = digits.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            digits = digits.dropFirst()
        }
        // Python's rule for underscores: each sits between two digits.
        guard let first = digits.first, let last = digits.last, first.isASCIIDigit, last.isASCIIDigit,
              !digits.contains("__"), digits.allSatisfy({ $0.isASCIIDigit || $0 == "_" })
        else { return nil }
        return Int(sign + digits.filter { $0 != "_" })
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
