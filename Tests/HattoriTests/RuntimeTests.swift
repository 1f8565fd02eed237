import Foundation
@_spi(Generated) import Hattori
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// A hand-built route table exercising the runtime the way generated code does.
private func makeTestRouter() -> Router<BasicHattoriRequestContext> {
    var table = RouteTable()
    table.add(.get, "/items/{id}") { request, context in
        var input = try await InputDecoder(request: request, context: context, body: .none)
        let id = input.path("id", as: Int.self)
        let limit = input.query("limit", as: Int.self, required: false) ?? 10
        let flag = input.query("flag", as: Bool.self, required: true)
        let tags = input.queryList("tag", of: Int.self, required: false) ?? []
        let trace = input.header("X-Trace", as: UUID.self, required: false)
        guard let id, let flag, input.isValid else { throw input.failure }
        return JSONResponse.make(status: .ok, body: ["id": "\(id)", "limit": "\(limit)", "flag": "\(flag)",
                                                     "tags": "\(tags)", "trace": trace?.uuidString ?? "-"],
                                 from: request, context: context)
    }
    table.add(.put, "/items/{id}") { _, _ in JSONResponse.empty(status: .noContent) }
    table.add(.post, "/form") { request, context in
        var input = try await InputDecoder(request: request, context: context, body: .form)
        let name = input.form("name", as: String.self, required: true)
        guard let name, input.isValid else { throw input.failure }
        return JSONResponse.make(status: .ok, body: ["name": name], from: request, context: context)
    }
    table.add(.post, "/json") { request, context in
        var input = try await InputDecoder(request: request, context: context, body: .json)
        let body = input.jsonBody([String: Int].self, required: true)
        guard let body, input.isValid else { throw input.failure }
        return JSONResponse.make(status: .created, body: body, from: request, context: context)
    }
    table.add(.get, "/boom") { _, _ in throw CancellationError() }
    table.add(.post, "/too-big") { _, _ in throw NIOTooManyBytesError(maxBytes: 8) }
    table.add(.get, "/missing/{id}") { _, _ in throw HTTPError(.notFound) }
    table.add(.get, "/search") { request, context in
        var input = try await InputDecoder(request: request, context: context, body: .none)
        let words = input.queryList("q", of: String.self, required: true)
        let sort = input.query("sort", as: String.self, required: false)
        guard let words, input.isValid else { throw input.failure }
        return JSONResponse.make(status: .ok, body: words + [sort ?? "-"], from: request, context: context)
    }
    // A class of statuses (`4XX` but the 404 and 422 the operation answers otherwise).
    let clientErrors = DeclaredStatuses(400...499, except: [404, 422])
    table.add(.get, "/class/{code}") { request, context in
        let code = Int(request.uri.path.split(separator: "/").last ?? "") ?? 0
        return clientErrors.respond(code, context: context) { status in
            JSONResponse.make(status: status, body: ["code": code], mediaType: "application/problem+json", from: request, context: context)
        }
    }
    return HattoriServer.makeRouter(routes: table)
}

private func json(_ buffer: ByteBuffer) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(buffer: buffer), options: [.fragmentsAllowed])
}

/// A model with a defaulted field, decoded the way generated models decode.
private struct Page: Decodable {
    enum CodingKeys: String, CodingKey { case size }
    var size: Int

    init(from decoder: any Decoder) throws {
        var fields = try FieldDecoder(decoder, keyedBy: CodingKeys.self)
        let size = fields.defaulted(Int.self, .size) ?? 20
        guard fields.isValid else { throw fields.failure }
        self.size = size
    }
}

@Suite("Runtime: input validation, errors and routing as Django Ninja answers them")
struct RuntimeTests {
    let app = Application(router: makeTestRouter())

    /// A class of statuses answers with the status the handler picked, when the class holds it;
    /// any other is a programming error: 500, as Django Ninja answers an undeclared status.
    @Test func aClassOfStatusesAnswersOnlyItsOwn() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/class/409", method: .get) { response in
                #expect(response.status.code == 409)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(String(buffer: response.body) == #"{"code":409}"#)
            }
            for code in [404, 422, 500, 200] {
                try await client.execute(uri: "/class/\(code)", method: .get) { response in
                    #expect(response.status == .internalServerError, "\(code)")
                    #expect(String(buffer: response.body) == #"{"detail":"Internal Server Error"}"#)
                }
            }
        }
    }

    @Test func validInputIsDecoded() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/items/7?flag=yes&tag=1&tag=2", method: .get,
                                     headers: [HTTPField.Name("x-trace")!: "123E4567-E89B-12D3-A456-426614174000"]) { response in
                #expect(response.status == .ok)
                let body = try #require(try json(response.body) as? [String: String])
                #expect(body == ["id": "7", "limit": "10", "flag": "true", "tags": "[1, 2]",
                                 "trace": "123E4567-E89B-12D3-A456-426614174000"])
            }
        }
    }

    @Test func everyInvalidParameterIsNamedInOne422() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/items/x?limit=ten&tag=1&tag=b", method: .get, headers: [HTTPField.Name("X-Trace")!: "nope"]) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.headers[.contentType] == "application/json")
                let body = try #require(try json(response.body) as? [String: [[String: Any]]])
                let issues = try #require(body["detail"])
                let summary = issues.map { "\($0["type"]!) \(($0["loc"] as! [Any]).map { "\($0)" }.joined(separator: "."))" }
                #expect(summary == ["int_parsing path.id", "int_parsing query.limit", "missing query.flag",
                                    "int_parsing query.tag.1", "uuid_parsing header.X-Trace"])
                #expect(issues[2]["msg"] as? String == "Field required")
            }
        }
    }

    /// Found by schemathesis: `?Type=bronze+%223%22` is `bronze "3"` to Django, and was `bronze+"3"` here.
    @Test func queryStringsAreDecodedAsDjangoDecodesThem() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/search?q=bronze+%223%22&%71=a%2Bb&q=", method: .get) { response in
                #expect(String(buffer: response.body) == #"["bronze \"3\"","a+b","","-"]"#)
            }
            // An invalid escape stays as written and the valid ones around it are decoded; invalid
            // UTF-8 becomes U+FFFD (Python's `unquote(errors="replace")`); a repeated name's last value wins.
            try await client.execute(uri: "/search?q=a%20b%zz%2&q=%FF&sort=first&sort=last", method: .get) { response in
                #expect(String(buffer: response.body) == #"["a b%zz%2","\#u{FFFD}","last"]"#)
            }
        }
    }

    @Test func formFieldsAreDecodedAndMissingOnesReported() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/form", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "name=Ada+Lovelace%21")) { response in
                #expect(String(buffer: response.body) == #"{"name":"Ada Lovelace!"}"#)
            }
            try await client.execute(uri: "/form", method: .post, body: ByteBuffer(string: "other=1")) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body) == #"{"detail":[{"loc":["form","name"],"msg":"Field required","type":"missing"}]}"#)
            }
        }
    }

    @Test func jsonBodiesValidate() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/json", method: .post, body: ByteBuffer(string: #"{"a":1}"#)) { response in
                #expect(response.status == .created)
                #expect(String(buffer: response.body) == #"{"a":1}"#)
            }
            try await client.execute(uri: "/json", method: .post, body: ByteBuffer(string: "{nope")) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body) == #"{"detail":[{"loc":["body"],"msg":"Invalid JSON","type":"json_invalid"}]}"#)
            }
            try await client.execute(uri: "/json", method: .post) { response in
                #expect(String(buffer: response.body) == #"{"detail":[{"loc":["body"],"msg":"Field required","type":"missing"}]}"#)
            }
        }
    }

    @Test func wrongMethodOnAKnownPathIs405WithAllow() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/items/1", method: .delete) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, PUT")
                #expect(String(buffer: response.body) == #"{"detail":"Method Not Allowed"}"#)
            }
            try await client.execute(uri: "/items/1?flag=1", method: .head) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test(arguments: ["QUERY", "PROPFIND", "OPTIONS", "X-ANY"])
    func anyUndeclaredMethodOnAKnownPathIs405(method: String) async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/items/1", method: try #require(HTTPRequest.Method(method))) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, PUT")
            }
            try await client.execute(uri: "/nowhere/1", method: try #require(HTTPRequest.Method(method))) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func aHandlersOwn404StaysA404() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/missing/7", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.allow] == nil)
            }
            try await client.execute(uri: "/missing/7", method: .head) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/missing/7", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET")
            }
        }
    }

    @Test func unknownPathsAndUnexpectedErrorsAnswerJSONWithoutLeaking() async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: "/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body) == #"{"detail":"Not Found"}"#)
            }
            try await client.execute(uri: "/boom", method: .get) { response in
                #expect(response.status == .internalServerError)
                #expect(String(buffer: response.body) == #"{"detail":"Internal Server Error"}"#)
            }
            // An error that answers for itself without a body (NIO's, for a body past the limit) gets the detail.
            try await client.execute(uri: "/too-big", method: .post) { response in
                #expect(response.status == .contentTooLarge)
                #expect(String(buffer: response.body) == #"{"detail":"Content Too Large"}"#)
                #expect(response.headers[.contentType] == "application/json")
            }
        }
    }

    /// Found by schemathesis: `"status": null` took the default. In pydantic a defaulted field is not
    /// nullable: absent takes the default, null is invalid.
    @Test func aDefaultedFieldTakesItsDefaultOnlyWhenAbsent() throws {
        #expect(try HattoriJSON.decoder.decode(Page.self, from: Data("{}".utf8)).size == 20)
        #expect(try HattoriJSON.decoder.decode(Page.self, from: Data(#"{"size":5}"#.utf8)).size == 5)
        let failure = try #require(throws: ValidationFailure.self) {
            try HattoriJSON.decoder.decode(Page.self, from: Data(#"{"size":null}"#.utf8))
        }
        #expect(failure.issues.map(\.loc) == [[.key("size")]])
    }

    @Test(arguments: [("true", true), ("On", true), ("1", true), ("no", false), ("F", false)])
    func booleansParseLikePydantic(text: String, value: Bool) {
        #expect(Bool(parameter: Substring(text)) == value)
    }

    @Test func datesRoundTripAsISO8601() throws {
        let date = try #require(HattoriJSON.parseDate("2020-01-02T03:04:05Z"))
        #expect(HattoriJSON.formatDate(date) == "2020-01-02T03:04:05.000Z")
        #expect(HattoriJSON.parseDate("2020-01-02T03:04:05.250+01:00") != nil)
        #expect(HattoriJSON.parseDate("yesterday") == nil)
    }

    /// Foundation alone reads `12:99:00` as 13:39 and February 30 as March 1; RFC 3339 and pydantic refuse them.
    @Test(arguments: ["2024-01-01T12:99:00Z", "2024-01-01T24:00:00Z", "2024-01-01T12:00:60Z", "2023-02-29T00:00:00Z",
                      "2024-04-31T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01T12:00:00", "2024-01-01 12:00:00Z",
                      "2024-01-01T12:00Z", "2024-01-01T12:00:00.Z", "2024-01-01T12:00:00+0100", "2024-01-01T12:00:00+24:00",
                      "2024-1-01T12:00:00Z", "2024-01-01T12:00:00Zjunk", "２０２４-01-01T12:00:00Z"])
    func invalidDateTimesAreRefused(text: String) {
        #expect(HattoriJSON.parseDate(text) == nil)
    }

    @Test func validDateTimesAreRead() throws {
        let noon = try #require(HattoriJSON.parseDate("2024-02-29T12:00:00Z"))
        #expect(noon.timeIntervalSince1970 == 1_709_208_000)
        #expect(HattoriJSON.parseDate("2024-02-29t12:00:00z") == noon)
        #expect(HattoriJSON.parseDate("2024-02-29T13:30:00+01:30") == noon)
        #expect(HattoriJSON.parseDate("2024-02-29T12:00:00.250-00:00")?.timeIntervalSince1970 == 1_709_208_000.25)
        // Found by schemathesis: valid offsets beyond ±18:00, which Foundation refuses.
        #expect(HattoriJSON.parseDate("2024-03-01T09:49:00+21:49") == noon)
        #expect(HattoriJSON.parseDate("2024-02-29T12:00:00.0000000001Z") == noon)
        #expect(HattoriJSON.parseDate("0000-01-01T00:00:00Z")?.timeIntervalSince1970 == -62_167_219_200)
        #expect(HattoriJSON.parseDate("9999-12-31T23:59:59Z")?.timeIntervalSince1970 == 253_402_300_799)
        #expect(HattoriJSON.parseDate("1969-12-31T23:59:59Z")?.timeIntervalSince1970 == -1)
    }
}
