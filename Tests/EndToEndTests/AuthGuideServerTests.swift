import Foundation
import Testing

/// Every example of the authentication guide over HTTP: missing, wrong, right and malformed
/// credentials for each scheme, lists, falsy identities, exceptions, CSRF, roles, sessions, proxies.
@Suite("End to end: the AuthGuide sample", .serialized)
struct AuthGuideServerTests {
    static let unauthorized = #"{"detail":"Unauthorized"}"#

    @Test func bearerToken() async throws {
        try await withSampleServer("AuthGuide") { port in
            expect(try await send(.GET, port: port, "/api/bearer"), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/bearer", headers: [bearerHeader("wrong")]), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/bearer", headers: [bearerHeader("supersecret")]), 200, #"{"token":"supersecret"}"#)
            expect(try await send(.GET, port: port, "/api/bearer", headers: [("authorization", "bEaReR supersecret")]), 200, #"{"token":"supersecret"}"#)
            for malformed in ["Bearer", "Bearer ", "Basic supersecret", "supersecret", "Bearer " + String(repeating: "x", count: 20_000)] {
                expect(try await send(.GET, port: port, "/api/bearer", headers: [("Authorization", malformed)]), 401, Self.unauthorized)
            }
            // The method check comes before auth.
            #expect(try await send(.POST, port: port, "/api/bearer").status == 405)
        }
    }

    @Test func basicCredentials() async throws {
        try await withSampleServer("AuthGuide") { port in
            expect(try await send(.GET, port: port, "/api/basic"), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/basic", headers: [basicHeader("admin", "wrong")]), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/basic", headers: [basicHeader("admin", "secret")]), 200, #"{"httpuser":"admin"}"#)
            for malformed in ["Basic !!!", "Basic " + Data("nocolon".utf8).base64EncodedString(), "Basic",
                              "Basic " + Data([0xC3, 0x28, 0x3A, 0x61]).base64EncodedString()] {
                expect(try await send(.GET, port: port, "/api/basic", headers: [("Authorization", malformed)]), 401, Self.unauthorized)
            }
        }
    }

    @Test func apiKeysInQueryHeaderAndCookie() async throws {
        try await withSampleServer("AuthGuide") { port in
            expect(try await send(.GET, port: port, "/api/apikey?api_key=abcdef12345"), 200, #""Hello abcdef12345""#)
            expect(try await send(.GET, port: port, "/api/apikey?api_key=nope"), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/apikey?key=abcdef12345"), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/headerkey", headers: [("x-api-key", "supersecret")]), 200, #""Token = supersecret""#)
            expect(try await send(.GET, port: port, "/api/headerkey", headers: [("X-API-Key", "nope")]), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/headerkey"), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/cookiekey", headers: [("Cookie", "key=supersecret")]), 200, #""Token = supersecret""#)
            expect(try await send(.GET, port: port, "/api/cookiekey", headers: [("Cookie", "key=nope")]), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/cookiekey"), 401, Self.unauthorized)
        }
    }

    @Test func customFunctionSeesTheClientAddressThroughTrustedProxiesOnly() async throws {
        let forwarded = [("X-Forwarded-For", "8.8.8.8")]
        try await withSampleServer("AuthGuide") { port in
            expect(try await send(.GET, port: port, "/api/ipwhitelist"), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/ipwhitelist", headers: forwarded), 401, Self.unauthorized)
        }
        try await withSampleServer("AuthGuide", arguments: ["--trusted-proxy", "127.0.0.1"]) { port in
            expect(try await send(.GET, port: port, "/api/ipwhitelist", headers: forwarded), 200, #""Authenticated client, IP = 8.8.8.8""#)
            expect(try await send(.GET, port: port, "/api/ipwhitelist", headers: [("X-Forwarded-For", "1.1.1.1")]), 401, Self.unauthorized)
        }
    }

    @Test func multipleAuthenticatorsAreTriedInOrder() async throws {
        try await withSampleServer("AuthGuide") { port in
            expect(try await send(.GET, port: port, "/api/multiple?key=supersecret"), 200, #""Token = supersecret""#)
            expect(try await send(.GET, port: port, "/api/multiple", headers: [("key", "supersecret")]), 200, #""Token = supersecret""#)
            expect(try await send(.GET, port: port, "/api/multiple?key=wrong", headers: [("key", "supersecret")]), 200, #""Token = supersecret""#)
            expect(try await send(.GET, port: port, "/api/multiple?key=wrong", headers: [("key", "wrong")]), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/multiple-order?key=supersecret", headers: [("key", "supersecret")]),
                   200, #"{"auth":"query:supersecret"}"#)
            expect(try await send(.GET, port: port, "/api/multiple-order", headers: [("key", "supersecret")]), 200, #"{"auth":"header:supersecret"}"#)
        }
    }

    @Test func falsyIdentitiesStillAuthenticate() async throws {
        try await withSampleServer("AuthGuide") { port in
            expect(try await send(.GET, port: port, "/api/falsy?mode=empty"), 200, #"{"auth":""}"#)
            expect(try await send(.GET, port: port, "/api/falsy?mode=zero"), 200, #"{"auth":0}"#)
            expect(try await send(.GET, port: port, "/api/falsy?mode=false"), 200, #"{"auth":false}"#)
            expect(try await send(.GET, port: port, "/api/falsy?mode=truthy"), 200, #"{"auth":"yes"}"#)
            expect(try await send(.GET, port: port, "/api/falsy?mode=other"), 401, Self.unauthorized)
            let header = [("key", "supersecret")]
            expect(try await send(.GET, port: port, "/api/falsy-multi?mode=zero", headers: header), 200, #"{"auth":0}"#)
            expect(try await send(.GET, port: port, "/api/falsy-multi?mode=false", headers: header), 200, #"{"auth":false}"#)
            expect(try await send(.GET, port: port, "/api/falsy-multi", headers: header), 200, #"{"auth":"header:supersecret"}"#)
            expect(try await send(.GET, port: port, "/api/falsy-multi"), 401, Self.unauthorized)
        }
    }

    @Test func exceptionsEndTheChain() async throws {
        let invalid = #"{"detail":"Invalid token supplied"}"#
        try await withSampleServer("AuthGuide") { port in
            expect(try await send(.GET, port: port, "/api/bearer-exc", headers: [bearerHeader("wrong")]), 401, invalid)
            expect(try await send(.GET, port: port, "/api/bearer-exc", headers: [bearerHeader("supersecret")]), 200, #"{"token":"supersecret"}"#)
            expect(try await send(.GET, port: port, "/api/bearer-exc"), 401, Self.unauthorized)
            // `Bearer` without a token reaches the stub with "", as in Django Ninja, and it raises.
            for empty in ["Bearer", "Bearer "] {
                expect(try await send(.GET, port: port, "/api/bearer-exc", headers: [("Authorization", empty)]), 401, invalid)
            }
            // The first scheme raises: the header key is never tried.
            expect(try await send(.GET, port: port, "/api/multiple-raise", headers: [bearerHeader("wrong"), ("key", "supersecret")]), 401, invalid)
            expect(try await send(.GET, port: port, "/api/multiple-raise", headers: [("key", "supersecret")]), 200, #"{"auth":"header:supersecret"}"#)
            expect(try await send(.GET, port: port, "/api/bearer-forbidden", headers: [bearerHeader("nottherightone")]), 403, #"{"detail":"Forbidden"}"#)
            expect(try await send(.GET, port: port, "/api/bearer-forbidden", headers: [bearerHeader("other")]), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/bearer-forbidden", headers: [bearerHeader("supersecret")]), 200, #"{"token":"supersecret"}"#)
        }
    }

    @Test func jsonBodyBehindBearer() async throws {
        try await withSampleServer("AuthGuide") { port in
            let token = [bearerHeader("supersecret")]
            expect(try await send(.POST, port: port, "/api/json-echo", body: #"{"token":"abc"}"#, headers: token), 200, #"{"token":"abc"}"#)
            expect(try await send(.POST, port: port, "/api/json-echo", body: #"{"token":"abc"}"#), 401, Self.unauthorized)
            expect(try await send(.POST, port: port, "/api/json-echo", body: #"{"token":1}"#, headers: token),
                   422, #"{"detail":[{"loc":["body","token"],"msg":"Input should be a valid string","type":"string_type"}]}"#)
        }
    }

    /// `MyAuth` declares `401: MyErrorResponse, 403: ForbiddenResponse`: the server sends those bodies, built by its hooks.
    @Test func schemesSendTheErrorBodiesTheyDeclare() async throws {
        let myError = #"{"code":"token_missing_or_invalid","detail":"Unauthorized"}"#
        try await withSampleServer("AuthGuide") { port in
            expect(try await send(.GET, port: port, "/api/myauth", headers: [bearerHeader("supersecret")]), 200, #"{"auth":"supersecret"}"#)
            expect(try await send(.GET, port: port, "/api/myauth"), 401, myError)
            expect(try await send(.GET, port: port, "/api/myauth", headers: [bearerHeader("wrong")]), 401, myError)
            expect(try await send(.GET, port: port, "/api/myauth", headers: [bearerHeader("revoked")]), 403, #"{"detail":"Token revoked"}"#)
            // [MyAuth, AuthBearer]: the first scheme that documents its errors answers the 401.
            expect(try await send(.GET, port: port, "/api/myauth-merge"), 401, myError)
            expect(try await send(.GET, port: port, "/api/myauth-merge", headers: [bearerHeader("supersecret")]), 200, #"{"auth":"supersecret"}"#)
            // `responses: {}` documents nothing; the default 401 is still sent.
            expect(try await send(.GET, port: port, "/api/myauth-noerr"), 401, Self.unauthorized)
        }
    }

    @Test func asyncAuthenticators() async throws {
        try await withSampleServer("AuthGuide") { port in
            expect(try await send(.GET, port: port, "/api/myauth-noerr", headers: [bearerHeader("supersecret")]), 200, #"{"auth":"supersecret"}"#)
            for path in ["/api/async-pets", "/api/async-pets-async"] {
                expect(try await send(.GET, port: port, path, headers: [("X-API-Key", "supersecret")]), 200, #"{"auth":"supersecret"}"#)
                expect(try await send(.GET, port: port, path, headers: [("X-API-Key", "nope")]), 401, Self.unauthorized)
            }
        }
    }

    /// Logs in and returns the `Cookie` header value and the CSRF token.
    static func login(_ port: Int, _ user: String) async throws -> (cookie: String, csrf: String) {
        let response = try await send(.POST, port: port, "/api/login", body: "username=\(user)&password=\(user)pass",
                                      headers: [("Content-Type", "application/x-www-form-urlencoded")])
        #expect(response.status == 200)
        #expect(response.body == #"{"username":"\#(user)"}"#)
        let cookies = response.headers["set-cookie"].map { String($0.prefix { $0 != ";" }) }
        let csrf = cookies.first { $0.hasPrefix("csrftoken=") }.map { String($0.dropFirst("csrftoken=".count)) } ?? ""
        #expect(cookies.contains { $0.hasPrefix("sessionid=") } && !csrf.isEmpty)
        #expect(response.headers["set-cookie"].contains { $0.hasPrefix("sessionid=") && $0.contains("HttpOnly") })
        return (cookies.joined(separator: "; "), csrf)
    }

    @Test func sessionsAndRoles() async throws {
        try await withSampleServer("AuthGuide") { port in
            func get(_ path: String, as session: (cookie: String, csrf: String)) async throws -> HTTPResult {
                try await send(.GET, port: port, path, headers: [("Cookie", session.cookie)])
            }
            let normal = try await Self.login(port, "normal"), staff = try await Self.login(port, "staff")
            let superuser = try await Self.login(port, "superuser"), suonly = try await Self.login(port, "suonly")
            expect(try await get("/api/pets", as: normal), 200, #""Authenticated user normal""#)
            expect(try await get("/api/protected", as: normal), 200, #"{"user":"normal"}"#)
            expect(try await send(.GET, port: port, "/api/pets"), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/pets", headers: [("Cookie", "sessionid=forged")]), 401, Self.unauthorized)

            expect(try await get("/api/pets-superuser", as: normal), 401, Self.unauthorized)
            expect(try await get("/api/pets-superuser", as: suonly), 200, #""Authenticated user suonly""#)
            expect(try await get("/api/admin-only", as: superuser), 200, #"{"message":"Hello superuser!"}"#)
            expect(try await get("/api/admin-only", as: staff), 401, Self.unauthorized)
            expect(try await get("/api/staff-area", as: staff), 200, #"{"message":"Hello staff member!"}"#)
            expect(try await get("/api/staff-area", as: suonly), 200, #"{"message":"Hello staff member!"}"#)
            expect(try await get("/api/staff-area", as: normal), 401, Self.unauthorized)

            let logout = try await send(.POST, port: port, "/api/logout", headers: [("Cookie", normal.cookie)])
            expect(logout, 200, #"{"ok":true}"#)
            #expect(logout.headers["set-cookie"].contains { $0.hasPrefix("sessionid=;") && $0.contains("Max-Age=0") })
            expect(try await get("/api/pets", as: normal), 401, Self.unauthorized)
        }
    }

    /// Django's session cookie (`Path` the prefix, `Max-Age` from `--session-max-age`, `Secure` with
    /// `--secure-cookies`); a second login retires the first key; an expired session is no session.
    @Test func sessionCookiesRotateAndExpire() async throws {
        try await withSampleServer("AuthGuide", arguments: ["--session-max-age", "2", "--secure-cookies"]) { port in
            let form = ("Content-Type", "application/x-www-form-urlencoded")
            func login(_ cookie: String?) async throws -> String {
                let response = try await send(.POST, port: port, "/api/login", body: "username=normal&password=normalpass",
                                              headers: [form] + (cookie.map { [("Cookie", $0)] } ?? []))
                let session = try #require(response.headers["set-cookie"].first { $0.hasPrefix("sessionid=") })
                for attribute in ["Max-Age=2", "Path=/api", "HttpOnly", "SameSite=Lax", "Secure"] {
                    #expect(session.contains(attribute), "\(session)")
                }
                return String(session.prefix { $0 != ";" })
            }
            let first = try await login(nil)
            let second = try await login(first)
            #expect(first != second)
            expect(try await send(.GET, port: port, "/api/pets", headers: [("Cookie", first)]), 401, Self.unauthorized)
            expect(try await send(.GET, port: port, "/api/pets", headers: [("Cookie", second)]), 200, #""Authenticated user normal""#)
            try await Task.sleep(for: .milliseconds(2_200))
            expect(try await send(.GET, port: port, "/api/pets", headers: [("Cookie", second)]), 401, Self.unauthorized)
        }
    }

    @Test func loginRejectsBadCredentialsAndValidatesItsForm() async throws {
        try await withSampleServer("AuthGuide") { port in
            let form = [("Content-Type", "application/x-www-form-urlencoded")]
            expect(try await send(.POST, port: port, "/api/login", body: "username=normal&password=wrong", headers: form),
                   401, #"{"detail":"Invalid credentials"}"#)
            let missing = try await send(.POST, port: port, "/api/login", body: "username=normal", headers: form)
            expect(missing, 422, #"{"detail":[{"loc":["form","password"],"msg":"Field required","type":"missing"}]}"#)
        }
    }

    @Test func unsafeMethodsWithSessionCookiesNeedTheCSRFToken() async throws {
        try await withSampleServer("AuthGuide") { port in
            let session = try await Self.login(port, "normal")
            let failed = #"{"detail":"CSRF check Failed"}"#
            expect(try await send(.POST, port: port, "/api/session-post", headers: [("Cookie", session.cookie)]), 403, failed)
            expect(try await send(.POST, port: port, "/api/session-post", headers: [("Cookie", session.cookie), ("X-CSRFToken", "forged")]), 403, failed)
            expect(try await send(.POST, port: port, "/api/session-post", headers: [("Cookie", session.cookie), ("X-CSRFToken", session.csrf)]),
                   200, #"{"user":"normal"}"#)
            expect(try await send(.POST, port: port, "/api/session-post"), 403, failed)
        }
    }

    @Test func routerAuthAppliesToChildrenAndNullOpensAnOperation() async throws {
        try await withSampleServer("AuthGuide") { port in
            let admin = [basicHeader("admin", "secret")]
            for prefix in ["/api/events/", "/api/events2/"] {
                expect(try await send(.GET, port: port, prefix, headers: admin), 200, #"{"auth":"admin","events":["launch","retro"]}"#)
                expect(try await send(.GET, port: port, prefix), 401, Self.unauthorized)
                expect(try await send(.GET, port: port, prefix + "public"), 200, #"{"auth":null,"events":["launch"]}"#)
            }
            expect(try await send(.GET, port: port, "/api/events/child/ping", headers: admin), 200, #"{"auth":"admin"}"#)
            expect(try await send(.GET, port: port, "/api/events/child/ping"), 401, Self.unauthorized)
        }
    }
}

@Suite("End to end: the OpenAPI document and docs page", .serialized)
struct OpenAPIServingTests {
    @Test func theServerServesItsDocumentAndSwaggerUI() async throws {
        let committed = try String(contentsOf: repositoryRoot.appendingPathComponent("Samples/AuthGuide/openapi.json"), encoding: .utf8)
        try await withSampleServer("AuthGuide", arguments: ["--docs-assets-url", "http://127.0.0.1:9/assets"]) { port in
            let document = try await send(.GET, port: port, "/api/openapi.json")
            #expect(document.status == 200)
            #expect(document.headers["content-type"] == ["application/json"])
            #expect(document.body + "\n" == committed)
            let page = try await send(.GET, port: port, "/api/docs")
            #expect(page.status == 200)
            #expect(page.body.contains(#"<script src="http://127.0.0.1:9/assets/swagger-ui-bundle.js"></script>"#))
            #expect(page.body.contains(#"url: "/api/openapi.json""#))
            #expect(try await send(.POST, port: port, "/api/docs").status == 405)
        }
    }

    /// The PyPI package openapi-spec-validator accepts every sample's document, JSON and YAML.
    @Test(arguments: ["Petstore", "HostileNames", "AuthGuide", "GlobalAuth"])
    func documentsValidate(sample: String) async throws {
        let directory = repositoryRoot.appendingPathComponent("Samples/\(sample)").path
        let script = """
            import json, yaml
            from openapi_spec_validator import validate
            validate(json.load(open("\(directory)/openapi.json")))
            validate(yaml.safe_load(open("\(directory)/openapi.yaml")))
            """
        let result = try await run("/usr/bin/env", ["python3", "-c", script])
        #expect(result.status == 0, "\(result.error)")
    }
}
