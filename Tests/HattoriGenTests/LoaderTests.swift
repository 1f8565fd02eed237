import Testing
import Yams
@testable import HattoriGen

@Suite("Load: YAML shape errors, each located")
struct LoaderTests {
    @Test func yamlSyntaxErrorIsLocated() {
        let found = diagnostics("hattori: 1\nname: Shop\nschemas:\n  Pet: {fields: [unclosed\n")
        #expect(found.count == 1)
        #expect(found[0].message.hasPrefix("YAML syntax error"))
        #expect(found[0].location.file == "api.yaml")
        #expect(found[0].location.line >= 4)
    }

    /// Every scalar's tag is the one Yams' default resolver gives, though gen resolves plain
    /// scalars itself, lazily and once per text.
    @Test(arguments: ["5", "-5", "+5", "0x1F", "0o17", "1_000", "1:30", ".5", "-.inf", ".NaN", "1e3", "yes", "No", "on",
                      "OFF", "true", "False", "y", "null", "Null", "~", "", "<<", "=", "2024-01-31", "2024-01-31T12:00:00Z",
                      "tea", "nope", "offer", ".", "~x", "-x", "Tuesday", "\"5\"", "'true'", "!!str 5", "!!int 7", "! 5", "!custom x"])
    func scalarsAreTaggedAsYamsDefaultRulesTagThem(_ text: String) throws {
        let yaml = "key: \(text)\n"
        let ours = try YAMLDocument.parse(yaml, file: "api.yaml").entries?.first?.value
        let yams = try Yams.compose(yaml: yaml, Yams.Resolver.default)?.mapping?.first?.value
        #expect(try #require(ours).tagName.rawValue == #require(yams).tag.description)
    }

    /// Plain scalars are tagged lazily; they must read as Yams' default rules read them.
    @Test func defaultsReadAsYAMLTypesThem() throws {
        let loaded = try SpecLoader.load(text: spec("""
            schemas:
              Pet:
                fields:
                  a: {type: int, default: 5}
                  b: {type: number, default: .5}
                  c: {type: bool, default: yes}
                  d: {type: string, default: !!str 5}
                  e: {type: string, default: "5"}
                  f: {type: string, default: nope}
                  g: {type: int, default: 0x1F}
                  h: {type: string, default: tea}
            """), file: "api.yaml")
        let defaults = loaded.schemas[0].fields.map { $0.defaultValue?.value }
        #expect(defaults == [.int(5), .number(0.5), .bool(true), .string("5"), .string("5"), .string("nope"), .int(31), .string("tea")])
    }

    @Test func unknownKeySuggestsTheClosestKnownOne() {
        let found = diagnostics(spec("titel: Shop"))
        #expect(found.map(\.message) == ["unknown key 'titel' in the spec"])
        #expect(found[0].hint == "did you mean 'title'?")
        #expect(found[0].location.line == 3 && found[0].location.column == 1)
    }

    @Test func unknownKeyDeepInsideAnOperationIsLocated() {
        let found = diagnostics(spec("""
            operations:
              listPets:
                method: GET
                path: /pets
                responce: {200: string}
            """))
        #expect(found.contains { $0.message == "unknown key 'responce' in operation 'listPets'" && $0.hint == "did you mean 'responses'?" })
        #expect(found.first { $0.message.hasPrefix("unknown key") }?.location.line == 7)
    }

    @Test func wrongValueTypesSayWhatWasExpectedAndFound() {
        let found = diagnostics(spec("""
            operations:
              a:
                method: GET
                path: /a
                deprecated: maybe
                responses: [200]
            """))
        #expect(found.contains { $0.message == "'deprecated' of operation 'a' must be true or false, found a string" && $0.location.line == 7 })
        #expect(found.contains { $0.message.hasPrefix("'responses' of operation 'a' must be a mapping of status codes, found a list") && $0.location.line == 8 })
    }

    @Test func malformedTypeExpressionIsReportedWithTheTypeGrammar() {
        let found = diagnostics(spec("""
            schemas:
              Pet:
                fields:
                  tags: "[string"
            """))
        #expect(found.map(\.message) == ["'[string' is not a type"])
        #expect(found[0].hint?.contains("[T] for a list") == true)
        #expect(found[0].location.line == 6)
    }

    @Test func missingRequiredKeysAreNamed() {
        let found = diagnostics("title: x\n")
        #expect(found.map(\.message).sorted() == ["the spec is missing required key 'hattori'", "the spec is missing required key 'name'"])
    }

    @Test func emptySpecIsAnError() {
        #expect(diagnostics("").map(\.message) == ["the spec is empty"])
    }

    @Test func unsupportedFormatVersion() {
        let found = diagnostics("hattori: 2\nname: Shop\n")
        #expect(found.map(\.message) == ["unsupported spec format version 2"])
    }

    @Test func typeExpressionsParse() {
        #expect(TypeExpression.parse("int")?.type == .primitive(.int))
        #expect(TypeExpression.parse("[Pet]?")?.type == .array(.named("Pet")))
        #expect(TypeExpression.parse("[Pet]?")?.optional == true)
        #expect(TypeExpression.parse("[[date-time]]")?.type == .array(.array(.primitive(.dateTime))))
        #expect(TypeExpression.parse("integer")?.type == .primitive(.int))
        #expect(TypeExpression.parse("[]") == nil)
        #expect(TypeExpression.parse("Pet]") == nil)
    }

    @Test func mapsHaveStringKeys() {
        #expect(TypeExpression.parse("{string: Pet}")?.type == .map(.named("Pet")))
        #expect(TypeExpression.parse(" { str : [int] }? ")?.type == .map(.array(.primitive(.int))))
        #expect(TypeExpression.parse("{string: {string: any}}")?.type == .map(.map(.primitive(.any))))
        #expect(TypeExpression.parse("[{string: date}]")?.type == .array(.map(.primitive(.date))))
        #expect(TypeExpression.parse("{int: Pet}") == nil, "JSON object keys are strings")
        #expect(TypeExpression.parse("{string Pet}") == nil)
        #expect(TypeExpression.parse("{string: Pet") == nil)
        #expect(TypeExpression.describe(.map(.array(.named("Pet")))) == "{string: [Pet]}")
    }

    @Test func schemeKindsAcceptDjangoNinjaSpellings() throws {
        let api = try resolve(spec("""
            schemes:
              A: {kind: APIKeyHeader, param: X-API-Key}
              B: {kind: django_auth_is_staff}
              C: {kind: apikey, in: query}
            """))
        #expect(api.schemes.map(\.kind) == [.apiKey(location: .header, name: "X-API-Key"), .session(cookie: "sessionid", role: .staff),
                                             .apiKey(location: .query, name: "key")])
    }
}
