import Hattori
import Testing

/// Text parameters (path, query, header, cookie, form) read as pydantic reads them, so that a
/// request Django Ninja accepts is accepted here too.
@Suite("Runtime: parameters read from text as pydantic reads them")
struct ParameterValueTests {
    /// pydantic 2.14 (`TypeAdapter(int).validate_python(text)`) accepts these, with these values;
    /// schemathesis found the first: `GET /api/reviews/25401.0` is an integer path by JSON Schema.
    @Test(arguments: [
        ("25401.0", 25401), ("1.00", 1), ("-5.000", -5), ("0.0", 0), ("-0.0", 0), (" 7 ", 7), ("\t3\n", 3), ("1.0 ", 1),
        ("1_000", 1000), ("+1_0.000", 10), ("+3", 3), ("-0", 0), ("07", 7), ("00", 0),
    ])
    func integersPydanticAccepts(text: String, value: Int) {
        #expect(Int(parameter: Substring(text)) == value)
    }

    /// And refuses these (`int_parsing`).
    @Test(arguments: ["1.5", "1.", ".0", "1e3", "0x10", "1__0", "_1", "1_", "1_0.0_0", "1.0_0", "1.0.0", "-", "", "+-1", "1 0", "١٢"])
    func integersPydanticRefuses(text: String) {
        #expect(Int(parameter: Substring(text)) == nil)
    }
}
