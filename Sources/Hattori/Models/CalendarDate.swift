import FieldConstraints
import Foundation

/// A calendar day, `YYYY-MM-DD`: the spec's `date` (pydantic's `datetime.date`). It has no time,
/// so no time zone can move it to another day, as a `Date` at midnight would.
///
/// It reads only the exact form, and a value that is not one gets pydantic's issue with the reason
/// pydantic (speedate) gives: `{"type": "date_from_datetime_parsing", "msg": "Input should be a
/// valid date or datetime, month value is outside expected range of 1-12", "ctx": {"error": …}}`.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible, LosslessStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil for a day no calendar has (February 30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...DateSyntax.days(inMonth: month, of: year)).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD` exactly; nil for anything else.
    public init?(_ description: String) {
        guard case .success(let date) = Self.parse(Substring(description)) else { return nil }
        self = date
    }

    /// The day of `date` in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        year = parts.year ?? 1
        month = parts.month ?? 1
        day = parts.day ?? 1
    }

    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The day, or speedate's reason why the text is none.
    static func parse(_ text: Substring) -> Result<CalendarDate, SyntaxFailure> {
        DateSyntax.parse(text).map { CalendarDate(checked: $0) }
    }

    private init(checked parts: (year: Int, month: Int, day: Int)) {
        (year, month, day) = parts
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let text = try? container.decode(String.self) else {
            throw ValidationFailure([ValidationIssue(type: Self.expectation.type, loc: DecodingIssues.location(decoder.codingPath),
                                                     msg: Self.expectation.message)])
        }
        switch Self.parse(Substring(text)) {
        case .success(let date): self = date
        case .failure(let failure):
            let expectation = Self.expectation(failure)
            throw ValidationFailure([ValidationIssue(type: expectation.type, loc: DecodingIssues.location(decoder.codingPath),
                                                     msg: expectation.message, ctx: ["error": .string(failure.reason)])])
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension CalendarDate: ParameterValue {
    public init?(parameter: Substring) {
        guard case .success(let date) = Self.parse(parameter) else { return nil }
        self = date
    }

    /// What a value that is not text at all should have been.
    public static var expectation: Expectation { Expectation(type: "date_type", message: "Input should be a valid date") }

    public static func issue(for parameter: Substring) -> (expectation: Expectation, context: [String: JSONValue]?) {
        guard case .failure(let failure) = parse(parameter) else { return (expectation, nil) }
        return (expectation(failure), ["error": .string(failure.reason)])
    }

    static func expectation(_ failure: SyntaxFailure) -> Expectation {
        Expectation(type: "date_from_datetime_parsing", message: "Input should be a valid date or datetime, \(failure.reason)")
    }
}
