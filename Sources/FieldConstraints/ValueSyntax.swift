import Foundation

/// Why a text is not a value of one of the spec's textual types, in the words pydantic uses (its
/// parsers speedate, rust-url and email-validator): the runtime answers a request with them, and
/// gen checks a spec's defaults with them.
public struct SyntaxFailure: Error, Sendable, Equatable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}

/// A calendar day, exactly `YYYY-MM-DD`.
public enum DateSyntax {
    public static func parse(_ text: Substring) -> Result<(year: Int, month: Int, day: Int), SyntaxFailure> {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10 else { return .failure(.init("input is too short")) }
        /// The number the digits of `range` write; nil when one is not a digit.
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let separator = SyntaxFailure("invalid date separator, expected `-`")
        guard let year = number(0..<4) else { return .failure(.init("invalid character in year")) }
        guard bytes[4] == UInt8(ascii: "-") else { return .failure(separator) }
        guard let month = number(5..<7) else { return .failure(.init("invalid character in month")) }
        guard bytes[7] == UInt8(ascii: "-") else { return .failure(separator) }
        guard let day = number(8..<10) else { return .failure(.init("invalid character in day")) }
        guard (1...12).contains(month) else { return .failure(.init("month value is outside expected range of 1-12")) }
        guard year > 0 else { return .failure(.init("year value is outside expected range")) }
        guard (1...days(inMonth: month, of: year)).contains(day) else { return .failure(.init("day value is outside expected range")) }
        guard bytes.count == 10 else { return .failure(.init("unexpected extra characters at the end of the input")) }
        return .success((year, month, day))
    }

    public static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// An absolute URL (pydantic's `AnyUrl`): a scheme, and a host for the schemes that have one.
public enum URLSyntax {
    /// Schemes whose URLs must name a host (the WHATWG "special" schemes pydantic's parser knows).
    static let hostSchemes: Set<String> = ["http", "https", "ws", "wss", "ftp"]

    public static func parse(_ text: String) -> Result<URL, SyntaxFailure> {
        guard !text.isEmpty else { return .failure(.init("input is empty")) }
        // A scheme is a letter, then letters, digits, `+`, `-` or `.`, then `:`.
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isASCII, first.isLetter,
              text[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return .failure(.init("relative URL without a base")) }
        guard let url = URL(string: text) else { return .failure(.init("invalid URL syntax")) }
        if hostSchemes.contains(text[..<colon].lowercased()), (url.host ?? "").isEmpty {
            return .failure(.init("empty host"))
        }
        return .success(url)
    }
}

/// An email address as email-validator checks its syntax (without asking DNS): one `@`, a local
/// part of dot-separated atoms, a domain of dot-separated labels with at least one dot.
public enum EmailSyntax {
    /// The characters of an atom besides letters and digits (RFC 5322 `atext`).
    static let atomCharacters = Set("!#$%&'*+-/=?^_`{|}~")

    public static func check(_ text: String) -> SyntaxFailure? {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return .init("An email address must have an @-sign.") }
        let local = parts[0], domain = parts.dropFirst().joined(separator: "@")
        guard !local.isEmpty else { return .init("There must be something before the @-sign.") }
        guard !domain.isEmpty else { return .init("There must be something after the @-sign.") }
        let badLocal = Set(local.filter { !($0.isASCII && ($0.isLetter || $0.isNumber)) && !atomCharacters.contains($0) && $0 != "." })
        if !badLocal.isEmpty { return .init("The email address contains invalid characters before the @-sign: \(quoted(badLocal)).") }
        if local.hasPrefix(".") { return .init("An email address cannot start with a period.") }
        if local.hasSuffix(".") { return .init("An email address cannot have a period immediately before the @-sign.") }
        if local.contains("..") || domain.contains("..") { return .init("An email address cannot have two periods in a row.") }
        if local.unicodeScalars.count > 64 {
            return .init("The email address is too long before the @-sign (\(local.unicodeScalars.count - 64) characters too many).")
        }
        let badDomain = Set(domain.filter { !($0.isASCII && ($0.isLetter || $0.isNumber)) && $0 != "-" && $0 != "." })
        if !badDomain.isEmpty { return .init("The part after the @-sign contains invalid characters: \(quoted(badDomain)).") }
        if domain.hasPrefix(".") { return .init("An email address cannot have a period immediately after the @-sign.") }
        if domain.hasSuffix(".") { return .init("An email address cannot end with a period.") }
        if domain.hasPrefix("-") { return .init("An email address cannot have a hyphen immediately after the @-sign.") }
        if domain.hasSuffix("-") { return .init("An email address cannot end with a hyphen.") }
        if domain.split(separator: ".").contains(where: { $0.hasPrefix("-") || $0.hasSuffix("-") }) {
            return .init("An email address cannot have a period and a hyphen next to each other.")
        }
        guard domain.contains(".") else { return .init("The part after the @-sign is not valid. It should have a period.") }
        return nil
    }

    /// Characters as email-validator lists them: each quoted, sorted, comma-separated.
    private static func quoted(_ characters: Set<Character>) -> String {
        characters.sorted().map { "'\($0)'" }.joined(separator: ", ")
    }
}
