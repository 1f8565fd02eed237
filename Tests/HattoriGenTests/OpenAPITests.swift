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

    func operation(_ document: [String: Any], _ path: String, _ method: String = "get") -> [String: Any] {
        ((document["paths"] as? [String: Any])?[path] as? [String: Any])?[method] as? [String: Any] ?? [:]
    }

    func responses(_ operation: [String: Any]) -> [String: Any] { operation["responses"] as? [String: Any] ?? [:] }

    /// The `$ref` names (or `oneOf` of them) a response's JSON body points at.
    func bodyRefs(_ operation: [String: Any], _ status: String) -> [String] {
        let response = responses(operation)[status] as? [String: Any]
        let schema = ((response?["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any]
        let schemas = (schema?["oneOf"] as? [[String: Any]]) ?? schema.map { [$0] } ?? []
        return schemas.compactMap { ($0["$ref"] as? String)?.replacingOccurrences(of: "#/components/schemas/", with: "") }
    }

    static let guide = """
        schemas:
          Out: {fields: {auth: "string?"}}
          MyErrorResponse: {fields: {detail: string, code: string}}
          ForbiddenResponse: {fields: {detail: string}}
          Detail: {fields: {detail: string}}
        exceptions:
          InvalidToken: {status: 401, body: Detail}
        schemes:
          GlobalAuth: {kind: bearer}
          AuthBearer: {kind: bearer}
          MyAuth: {kind: bearer, responses: {401: MyErrorResponse, 403: ForbiddenResponse}}
          NoErrors: {kind: bearer, responses: {}}
          Raising: {kind: bearer, throws: [InvalidToken]}
          QueryKey: {kind: APIKeyQuery, param: api_key}
          Session: {kind: django_auth}
          Whitelist: {kind: custom}
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
        """

    @Test func operationsWithAuthGetTheAutomatic401() throws {
        let document = try document(Self.guide)
        #expect(bodyRefs(operation(document, "/api/secured"), "401") == ["AuthErrorResponse"])
        #expect((responses(operation(document, "/api/secured"))["401"] as? [String: Any])?["description"] as? String == "Unauthorized")
        let components = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        #expect(components?["AuthErrorResponse"] != nil)
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
        #expect(bodyRefs(operation(document, "/api/own"), "401") == ["Detail", "AuthErrorResponse"])
    }

    @Test func thrownExceptionsAreDocumented() throws {
        #expect(bodyRefs(operation(try document(Self.guide), "/api/raising"), "401") == ["AuthErrorResponse", "Detail"])
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
        #expect(properties["weight"]?["format"] as? String == "double")
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
