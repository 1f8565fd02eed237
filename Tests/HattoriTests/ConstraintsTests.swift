import FieldConstraints
import Testing

/// The runtime's constraints, as pydantic reports them: the first broken one, in pydantic's order,
/// with its type, message and context.
@Suite("Runtime: field constraints as pydantic checks them")
struct ConstraintsTests {
    @Test func numbersAreCheckedInPydanticsOrder() {
        let bounded = Constraints(gt: .int(0), le: .int(10), multipleOf: .int(2))
        #expect(4.violation(of: bounded) == nil)
        #expect(3.violation(of: bounded)?.type == "multiple_of", "multiple_of comes first")
        #expect(12.violation(of: bounded) == Violation(type: "less_than_equal", message: "Input should be less than or equal to 10",
                                                        context: ["le": .int(10)]))
        #expect(0.violation(of: bounded)?.message == "Input should be greater than 0")
        #expect((-2).violation(of: Constraints(ge: .number(-1.5)))?.message == "Input should be greater than or equal to -1.5")
        #expect(1.violation(of: Constraints(lt: .int(1)))?.type == "less_than")
    }

    /// Floats meet `multiple_of` within a tolerance, so that 0.3 is a multiple of 0.1.
    @Test func floatMultiplesAllowForRounding() {
        let cents = Constraints(multipleOf: .number(0.01))
        #expect(19.99.violation(of: cents) == nil)
        #expect((0.1 + 0.2).violation(of: Constraints(multipleOf: .number(0.1))) == nil)
        #expect(19.995.violation(of: cents) == Violation(type: "multiple_of", message: "Input should be a multiple of 0.01",
                                                          context: ["multiple_of": .number(0.01)]))
        #expect(Double.leastNonzeroMagnitude.violation(of: cents)?.type == "multiple_of", "found by schemathesis: the tolerance scales with the value")
        #expect(0.0.violation(of: cents) == nil)
    }

    /// Python counts code points: "é" as one (NFC) or two (NFD), a flag emoji as two.
    @Test func stringLengthsCountCodePoints() {
        let short = Constraints(minLength: 2, maxLength: 3)
        #expect("é".violation(of: short)?.message == "String should have at least 2 characters")
        #expect("e\u{301}".violation(of: short) == nil)
        #expect("🇫🇷🇫🇷".violation(of: short)?.type == "string_too_long")
        #expect("".violation(of: Constraints(minLength: 1))?.message == "String should have at least 1 character")
    }

    /// pydantic searches for the pattern; it does not anchor it.
    @Test func patternsAreSearchedNotAnchored() {
        #expect("xx-12".violation(of: Constraints(pattern: .init("[0-9]+"))) == nil)
        #expect("ab".violation(of: Constraints(pattern: .init("^[0-9]+$"))) == Violation(
            type: "string_pattern_mismatch", message: "String should match pattern '^[0-9]+$'", context: ["pattern": .string("^[0-9]+$")]))
        #expect(throws: (any Error).self) { try Constraints.Pattern(validating: "a(b") }
    }

    @Test func listsCountTheirItems() {
        #expect([1, 2].violation(of: Constraints(minLength: 3)) == Violation(
            type: "too_short", message: "List should have at least 3 items after validation, not 2",
            context: ["field_type": .string("List"), "min_length": .int(3), "actual_length": .int(2)]))
        #expect(["a", "b"].violation(of: Constraints(maxLength: 1))?.message == "List should have at most 1 item after validation, not 2")
    }
}

/// The textual types' syntax, with the reasons pydantic's parsers give.
@Suite("Runtime: date, email and url syntax")
struct ValueSyntaxTests {
    @Test(arguments: [
        ("2024-02-29", nil), ("2023-02-29", "day value is outside expected range"),
        ("2024-13-01", "month value is outside expected range of 1-12"), ("2024-1-01", "input is too short"),
        ("2024/01/01", "invalid date separator, expected `-`"), ("20x4-01-01", "invalid character in year"),
        ("2024-01-01T00:00:00", "unexpected extra characters at the end of the input"), ("0000-01-01", "year value is outside expected range"),
    ] as [(String, String?)])
    func dates(text: String, reason: String?) {
        switch DateSyntax.parse(Substring(text)) {
        case .success: #expect(reason == nil, "\(text) was read")
        case .failure(let failure): #expect(failure.reason == reason, "\(text)")
        }
    }

    @Test(arguments: [
        ("a@b.co", nil), ("first.last+tag@sub.example.org", nil), ("!#$%&'*+/=?^_`{|}~-@x.io", nil),
        ("a.b", "An email address must have an @-sign."), ("@b.co", "There must be something before the @-sign."),
        ("a@", "There must be something after the @-sign."), ("a@localhost", "The part after the @-sign is not valid. It should have a period."),
        (".a@b.co", "An email address cannot start with a period."), ("a..b@c.co", "An email address cannot have two periods in a row."),
        ("a b@c.co", "The email address contains invalid characters before the @-sign: ' '."),
        ("a@b_c.co", "The part after the @-sign contains invalid characters: '_'."),
    ] as [(String, String?)])
    func emails(text: String, reason: String?) {
        #expect(EmailSyntax.check(text)?.reason == reason, "\(text)")
    }

    @Test(arguments: [
        ("https://example.org/a?b=c", nil), ("mailto:a@b.co", nil), ("ftp://files.example.org", nil),
        ("", "input is empty"), ("example.org", "relative URL without a base"), ("/a/b", "relative URL without a base"),
        ("http://", "empty host"), ("https:///path", "empty host"),
    ] as [(String, String?)])
    func urls(text: String, reason: String?) {
        switch URLSyntax.parse(text) {
        case .success: #expect(reason == nil, "\(text) was read")
        case .failure(let failure): #expect(failure.reason == reason, "\(text)")
        }
    }
}
