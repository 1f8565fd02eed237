import Foundation
import Testing
@testable import HattoriGen

/// The OpenAPI document's rules, each on a small spec, read back as JSON.
@Suite("OpenAPI: security per operation, automatic error responses, oneOf merging")
struct OpenAPITests {
    func document(_ yaml: String) throws -> [String: Any] {
        let api = try resolve(spec(yaml))
        let text = try OpenAPIEncoding.encode(OpenAPIBuilder(api: api).document(), as: .json)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// An operation, with the responses it refers to in `components/responses` written in.
    func operation(_ document: [String: Any], _ path: String, _ method: String = "get") -> [String: Any] {
        var operation = ((document["paths"] as? [String: Any])?[path] as? [String: Any])?[method] as? [String: Any] ?? [:]
        let shared = (document["components"] as? [String: Any])?["responses"] as? [String: Any] ?? [:]
        operation["responses"] = responses(operation).mapValues { response in
            guard let reference = (response as? [String: Any])?["$ref"] as? String else { return response }
            return shared[reference.replacingOccurrences(of: "#/components/responses/", with: "")] ?? [:]
        }
        return operation
    }

    func responses(_ operation: [String: Any]) -> [String: Any] { operation["responses"] as? [String: Any] ?? [:] }

    func bodySchema(_ operation: [String: Any], _ status: String) -> [String: Any]? {
        let response = responses(operation)[status] as? [String: Any]
        return ((response?["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any]
    }

    /// The `$ref` names (or `oneOf`/`anyOf` of them) a response's JSON body points at.
    func bodyRefs(_ operation: [String: Any], _ status: String) -> [String] {
        let schema = bodySchema(operation, status)
        let schemas = (schema?["oneOf"] as? [[String: Any]]) ?? (schema?["anyOf"] as? [[String: Any]]) ?? schema.map { [$0] } ?? []
        return schemas.compactMap { ($0["$ref"] as? String)?.replacingOccurrences(of: "#/components/schemas/", with: "") }
    }

    static let guide = """
        schemas:
          Out: {fields: {auth: "string?"}}
          MyErrorResponse: {fields: {detail: string, code: string}}
          ForbiddenResponse: {fields: {detail: string}}
          Detail: {fields: {detail: string}}
          Coded: {fields: {detail: string, code: "int?"}}
          Teapot: {fields: {short: bool, stout: bool}}
        exceptions:
          InvalidToken: {status: 401, body: Detail}
          CodedToken: {status: 401, body: Coded}
          TeapotError: {status: 418, body: Teapot}
        schemes:
          GlobalAuth: {kind: bearer}
          AuthBearer: {kind: bearer}
          MyAuth: {kind: bearer, responses: {401: MyErrorResponse, 403: ForbiddenResponse}}
          NoErrors: {kind: bearer, responses: {}}
          Raising: {kind: bearer, throws: [InvalidToken]}
          Brewing: {kind: bearer, throws: [TeapotError]}
          QueryKey: {kind: APIKeyQuery, param: api_key}
          Session: {kind: django_auth}
          Whitelist: {kind: custom}
          CookieKey: {kind: APIKeyCookie}
          NoCSRF: {kind: APIKeyCookie, csrf: false}
          OwnForbidden: {kind: django_auth, responses: {403: ForbiddenResponse}}
          SilentSession: {kind: django_auth, responses: {}}
        auth: GlobalAuth
        operations:
          secured: {method: GET, path: /secured, responses: {200: Out}}
          token: {method: POST, path: /token, auth: null, form: {username: string, password: string}, responses: {200: Out}}
          mine: {method: GET, path: /mine, auth: MyAuth, responses: {200: Out}}
          merged: {method: GET, path: /merged, auth: [MyAuth, AuthBearer], responses: {200: Out}}
          twice: {method: GET, path: /twice, auth: [AuthBearer, GlobalAuth], responses: {200: Out}}
          silent: {method: GET, path: /silent, auth: NoErrors, responses: {200: Out}}
          raising: {method: GET, path: /raising, auth: Raising, responses: {200: Out}}
          own401: {method: GET, path: /own, auth: AuthBearer, responses: {200: Out, 401: Detail}}
          listed: {method: GET, path: /listed, auth: [QueryKey, Whitelist, Session], params: {q: "int?"}, responses: {200: Out}}
          multi: {method: [POST, PATCH], path: /multi, body: Out, responses: {200: Out}}
          teapot: {method: GET, path: /teapot, auth: Brewing, responses: {200: Out}}
          overlapping: {method: GET, path: /overlapping, auth: AuthBearer, throws: CodedToken, responses: {200: Out, 401: Detail}}
          session: {method: [GET, POST, DELETE], path: /session, auth: Session, responses: {200: Out}}
          cookieKey: {method: PUT, path: /cookie-key, auth: CookieKey, responses: {200: Out}}
          noCSRF: {method: PUT, path: /no-csrf, auth: NoCSRF, responses: {200: Out}}
          ownForbidden: {method: POST, path: /own-forbidden, auth: OwnForbidden, responses: {200: Out}}
          silentSession: {method: POST, path: /silent-session, auth: SilentSession, responses: {200: Out}}
        """

    @Test func operationsWithAuthGetTheAutomatic401() throws {
        let document = try document(Self.guide)
        #expect(bodyRefs(operation(document, "/api/secured"), "401") == ["AuthErrorResponse"])
        #expect((responses(operation(document, "/api/secured"))["401"] as? [String: Any])?["description"] as? String == "Unauthorized")
        let components = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        #expect(components?["AuthErrorResponse"] != nil)
    }

    /// The runtime's own answers (default 401, CSRF 403, 413, default 422) are described once and referred
    /// to where they are their status's only answer; a status with other answers too is merged in place.
    /// One status with several media types has a content entry each; `4XX` is OpenAPI's range,
    /// Ninja's `codes_4xx` its statuses one by one, each without the statuses the operation answers
    /// otherwise; a realm documents the 401's challenge.
    @Test func mediaTypesClassesOfStatusesAndChallenges() throws {
        let document = try document("""
            schemas:
              Pet: {fields: {name: string}}
            schemes:
              Basic: {kind: basic, realm: shop}
            operations:
              sheet:
                method: GET
                path: /sheet
                auth: Basic
                responses:
                  200: {content: {application/json: Pet, application/pdf: null, application/vnd.pet+json: Pet}}
                  404: Pet
                  4XX: {content: application/problem+json, body: Pet}
                  500: {body: Pet, description: Broken.}
                  5XX: Pet
              ninja:
                method: GET
                path: /ninja
                responses: {200: Pet, 409: Pet, codes_4xx: Pet}
            """)
        let sheet = operation(document, "/api/sheet")
        let ok = try #require(responses(sheet)["200"] as? [String: Any])
        #expect(((ok["content"] as? [String: Any])?.keys).map(Set.init) == ["application/json", "application/pdf", "application/vnd.pet+json"])
        #expect(Set(responses(sheet).keys) == ["200", "401", "404", "4XX", "500", "5XX"], "a range beside a status of the next class")
        #expect((responses(sheet)["500"] as? [String: Any])?["description"] as? String == "Broken.")
        let range = try #require(responses(sheet)["4XX"] as? [String: Any])
        #expect(((range["content"] as? [String: Any])?.keys).map(Array.init) == ["application/problem+json"])
        let unauthorized = try #require(responses(sheet)["401"] as? [String: Any])
        let challenge = (unauthorized["headers"] as? [String: Any])?["WWW-Authenticate"] as? [String: Any]
        #expect(challenge?["required"] as? Bool == true)
        #expect((challenge?["description"] as? String)?.contains(#"Basic realm="shop", charset="UTF-8""#) == true)
        let ninja = operation(document, "/api/ninja")
        let ninjaCodes: [Int] = Array(400...412) + [416, 418, 425, 429, 451]
        let expected: Set<String> = Set(ninjaCodes.map(String.init)).union(["200"])
        #expect(Set(responses(ninja).keys) == expected,
                "Ninja's set but the statuses answered otherwise")
        #expect((responses(ninja)["418"] as? [String: Any])?["description"] as? String == "I'm a teapot")
        #expect(bodyRefs(ninja, "451") == ["Pet"])
    }

    @Test func theRuntimesOwnAnswersAreDescribedOnce() throws {
        let document = try document(Self.guide)
        func reference(_ path: String, _ method: String, _ status: String) -> String? {
            let raw = ((document["paths"] as? [String: Any])?[path] as? [String: Any])?[method] as? [String: Any]
            return ((raw?["responses"] as? [String: Any])?[status] as? [String: Any])?["$ref"] as? String
        }
        #expect(reference("/api/secured", "get", "401") == "#/components/responses/Unauthorized")
        #expect(reference("/api/twice", "get", "401") == "#/components/responses/Unauthorized")
        #expect(reference("/api/session", "post", "403") == "#/components/responses/CSRFCheckFailed")
        #expect(reference("/api/multi", "post", "413") == "#/components/responses/ContentTooLarge")
        #expect(reference("/api/listed", "get", "422") == "#/components/responses/ValidationFailed")
        #expect(reference("/api/session", "get", "503") == "#/components/responses/SessionsUnavailable")
        #expect(reference("/api/secured", "get", "503") == nil, "no session scheme: no session store")
        #expect(reference("/api/merged", "get", "401") == nil, "a scheme's own 401 beside the default: merged in place")
        #expect(reference("/api/own", "get", "401") == nil)
        let shared = (document["components"] as? [String: Any])?["responses"] as? [String: Any] ?? [:]
        #expect(Set(shared.keys) == ["Unauthorized", "CSRFCheckFailed", "ContentTooLarge", "ValidationFailed", "SessionsUnavailable"])
        let unauthorized = shared["Unauthorized"] as? [String: Any]
        #expect(unauthorized?["description"] as? String == "Unauthorized")
    }

    @Test func publicOperationsUnderAGlobalDefaultCarryNoSecurityAndNo401() throws {
        let token = operation(try document(Self.guide), "/api/token", "post")
        #expect(token["security"] == nil)
        #expect(responses(token)["401"] == nil)
        #expect(try document(Self.guide)["security"] == nil, "security is per operation, never a top-level default")
    }

    @Test func aSchemesOwnResponsesReplaceTheDefaultAndEmptyDisablesThem() throws {
        let document = try document(Self.guide)
        #expect(bodyRefs(operation(document, "/api/mine"), "401") == ["MyErrorResponse"])
        #expect(bodyRefs(operation(document, "/api/mine"), "403") == ["ForbiddenResponse"])
        #expect(responses(operation(document, "/api/silent")).keys.sorted() == ["200"])
    }

    @Test func differentModelsForOneStatusMergeIntoOneOfWithoutDuplicates() throws {
        let document = try document(Self.guide)
        #expect(bodyRefs(operation(document, "/api/merged"), "401") == ["MyErrorResponse", "AuthErrorResponse"])
        #expect(bodyRefs(operation(document, "/api/twice"), "401") == ["AuthErrorResponse"])
        #expect(bodySchema(operation(document, "/api/merged"), "401")?["oneOf"] != nil)
    }

    /// `{"detail": "Unauthorized"}` is an `AuthErrorResponse` and a `Detail` at once: one alternative, or the
    /// `oneOf` would reject every 401 the server sends.
    @Test func structurallyEqualBodiesAreOneAlternative() throws {
        let document = try document(Self.guide)
        #expect(bodyRefs(operation(document, "/api/own"), "401") == ["Detail"])
        #expect(bodyRefs(operation(document, "/api/raising"), "401") == ["AuthErrorResponse"])
        let authError = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any])?["AuthErrorResponse"] as? [String: Any]
        #expect(authError?["additionalProperties"] as? Bool == false, "the default 401 body has exactly its one field")
    }

    /// A `Coded` body (`detail`, `code`) is also a valid `Detail`: `oneOf` would be false for it, `anyOf` is true.
    @Test func alternativesOneBodyCouldMatchTwiceAreAnyOf() throws {
        let overlapping = operation(try document(Self.guide), "/api/overlapping")
        #expect(bodyRefs(overlapping, "401") == ["Detail", "Coded"])
        #expect(bodySchema(overlapping, "401")?["anyOf"] != nil)
        #expect(bodySchema(overlapping, "401")?["oneOf"] == nil)
    }

    /// Exceptions the operation throws and exceptions its schemes throw, each with its own status and body.
    @Test func thrownExceptionsAreDocumented() throws {
        let document = try document(Self.guide)
        #expect(bodyRefs(operation(document, "/api/overlapping"), "401").contains("Coded"))
        #expect(bodyRefs(operation(document, "/api/teapot"), "418") == ["Teapot"], "thrown by the scheme, not the operation")
    }

    /// `{at: date-time}` and `{at: string}` are different bodies: merged into one, a plain string would
    /// be sent under a date-time schema.
    @Test func bodiesThatDifferOnlyInAFormatStayApart() throws {
        let document = try document("""
            schemas:
              Stamp: {fields: {at: date-time}}
              Label: {fields: {at: string}}
            exceptions:
              Late: {status: 409, body: Label}
            operations:
              stamp: {method: GET, path: /stamp, throws: Late, responses: {200: Stamp, 409: Stamp}}
            """)
        #expect(bodyRefs(operation(document, "/api/stamp"), "409") == ["Stamp", "Label"])
        #expect(bodySchema(operation(document, "/api/stamp"), "409")?["anyOf"] != nil, "a date-time is a string too")
    }

    /// The runtime refuses unsafe requests of cookie schemes without the CSRF token; the document says so.
    @Test func cookieSchemesDocumentTheCSRF403OnUnsafeMethods() throws {
        let document = try document(Self.guide)
        #expect(responses(operation(document, "/api/session", "get"))["403"] == nil)
        for method in ["post", "delete"] {
            #expect(bodyRefs(operation(document, "/api/session", method), "403") == ["AuthErrorResponse"])
        }
        #expect(bodyRefs(operation(document, "/api/cookie-key", "put"), "403") == ["AuthErrorResponse"])
        #expect(responses(operation(document, "/api/no-csrf", "put"))["403"] == nil)
        // A declared 403 replaces the CSRF one (its hook builds the body for CSRF failures too); the 401 stays.
        #expect(bodyRefs(operation(document, "/api/own-forbidden", "post"), "403") == ["ForbiddenResponse"])
        #expect(bodyRefs(operation(document, "/api/own-forbidden", "post"), "401") == ["AuthErrorResponse"])
        #expect(responses(operation(document, "/api/silent-session", "post")).keys.sorted() == ["200"])
    }

    @Test func securityListsTheEffectiveSchemesInOrderWithoutCustomOnes() throws {
        let document = try document(Self.guide)
        let security = operation(document, "/api/listed")["security"] as? [[String: [String]]]
        #expect(security?.map { $0.keys.sorted() } == [["QueryKey"], ["Session"]])
        let schemes = (document["components"] as? [String: Any])?["securitySchemes"] as? [String: [String: String]]
        #expect(schemes?["QueryKey"] == ["type": "apiKey", "in": "query", "name": "api_key"])
        #expect(schemes?["Session"] == ["type": "apiKey", "in": "cookie", "name": "sessionid"])
        #expect(schemes?["GlobalAuth"] == ["type": "http", "scheme": "bearer"])
        #expect(schemes?["Whitelist"] == nil)
    }

    @Test func validatedInputDocuments422() throws {
        let document = try document(Self.guide)
        #expect(bodyRefs(operation(document, "/api/listed"), "422") == ["ValidationErrorResponse"])
        #expect(responses(operation(document, "/api/secured"))["422"] == nil)
        let form = operation(document, "/api/token", "post")["requestBody"] as? [String: Any]
        #expect((form?["content"] as? [String: Any])?["application/x-www-form-urlencoded"] != nil)
    }

    @Test func everyMethodOfAnOperationGetsAUniqueOperationId() throws {
        let document = try document(Self.guide)
        #expect(operation(document, "/api/multi", "post")["operationId"] as? String == "multi")
        #expect(operation(document, "/api/multi", "patch")["operationId"] as? String == "multi_patch")
    }

    @Test func builtInComponentNamesCannotBeTaken() {
        let found = diagnostics(spec("schemas:\n  AuthErrorResponse: {fields: {detail: string}}"))
        #expect(found.map(\.message) == ["the schema name 'AuthErrorResponse' is reserved for the OpenAPI document's built-in component"])
        #expect(found.first?.location.line == 4)
    }

    /// The guide names two classes `ApiKey`; in a spec they cannot silently share a security scheme name.
    @Test func schemeNamesNeverCollideSilently() {
        let found = diagnostics(spec("schemes:\n  ApiKey: {kind: APIKeyQuery}\n  ApiKey: {kind: APIKeyHeader}"))
        #expect(found.map(\.message) == ["duplicate key 'ApiKey' in mapping"])
        #expect(found.first?.location.line == 4)
    }

    @Test func theDocsRoutesAreTaken() {
        let found = diagnostics(spec("operations:\n  docs: {method: GET, path: /docs, responses: {200: string}}"))
        #expect(found.map(\.message) == ["GET /api/docs is already served by operation 'the generated OpenAPI docs'"])
    }

    /// `any` admits every JSON value, null included; optional must not narrow it to null only.
    @Test func optionalAnyStaysUnconstrained() throws {
        let document = try document("schemas:\n  Echo: {fields: {auth: \"any?\", value: any}}")
        let echo = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any])?["Echo"] as? [String: Any]
        let properties = try #require(echo?["properties"] as? [String: [String: Any]])
        #expect(properties["auth"]?.isEmpty == true)
        #expect(properties["value"]?.isEmpty == true)
        #expect(echo?["required"] as? [String] == ["value"])
    }

    /// The server reads Swift `Int` and `Double`: a larger integer gets a 422, so the document says int64.
    @Test func integersAndNumbersDocumentTheirWidth() throws {
        let document = try document("schemas:\n  Size: {fields: {count: int, weight: number?}}")
        let size = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any])?["Size"] as? [String: Any]
        let properties = try #require(size?["properties"] as? [String: [String: Any]])
        #expect(properties["count"]?["format"] as? String == "int64")
        let weight = try #require(properties["weight"]?["anyOf"] as? [[String: Any]])
        #expect(weight.first?["format"] as? String == "double")
    }

    /// pydantic writes `Optional[T]` as `anyOf: [T, null]`; an inline enum keeps admitting null that way.
    /// Parameters and form fields are text: optional means "may be left out", never null.
    @Test func optionalFieldsAreAnyOfTheirTypeAndNull() throws {
        let document = try document("""
            schemas:
              Pet: {fields: {born: "date-time?", size: {enum: [s, m], optional: true, description: How big.}}}
            operations:
              find: {method: GET, path: /find, params: {tag: "string?"}, responses: {200: Pet}}
            """)
        let pet = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any])?["Pet"] as? [String: Any]
        let properties = try #require(pet?["properties"] as? [String: [String: Any]])
        let born = try #require(properties["born"]?["anyOf"] as? [[String: String]])
        #expect(born == [["type": "string", "format": "date-time"], ["type": "null"]])
        #expect(properties["size"]?["description"] as? String == "How big.")
        let size = try #require(properties["size"]?["anyOf"] as? [[String: Any]])
        #expect(size.first?["enum"] as? [String] == ["s", "m"])
        let parameters = operation(document, "/api/find")["parameters"] as? [[String: Any]]
        #expect(parameters?.first?["schema"] as? [String: String] == ["type": "string"])
    }

    @Test(arguments: ["Petstore", "AuthGuide", "GlobalAuth"])
    func samplesMatchTheirGoldenDocuments(sample: String) throws {
        let directory = repositoryRoot.appendingPathComponent("Samples/\(sample)")
        let generator = Generator(options: .init(spec: directory.appendingPathComponent("api.yaml")))
        for format in OpenAPIEncoding.Format.allCases {
            let golden = try String(contentsOf: directory.appendingPathComponent("openapi.\(format.rawValue)"), encoding: .utf8)
            #expect(try generator.openAPIDocument(format: format) == golden)
        }
    }
}
