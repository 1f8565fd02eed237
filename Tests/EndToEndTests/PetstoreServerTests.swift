import Foundation
import Testing

/// Builds the committed Petstore sample as a user would and drives its server over HTTP.
@Suite("End to end: the Petstore sample's generated server", .serialized)
struct PetstoreServerTests {
    static func withServer(_ body: (Int) async throws -> Void) async throws {
        let build = try await SampleBuilder.shared.build(repositoryRoot.appendingPathComponent("Samples/Petstore"),
                                                         product: "Petstore")
        try #require(build.status == 0, "swift build failed:\n\(build.output)\n\(build.error)")
        let server = try await RunningServer(executable: SampleBuilder.shared.binary("Petstore"))
        defer { server.stop() }
        try await body(server.port)
    }

    @Test func crudAnswersWithTheDeclaredStatuses() async throws {
        try await Self.withServer { port in
            let created = try await send(.POST, port: port, "/api/pets/", body: #"{"name":"Rex","species":"dog","tag":"good"}"#)
            #expect(created.status == 201)
            let pet = try #require(created.json as? [String: Any])
            #expect(pet["name"] as? String == "Rex")
            #expect(pet["status"] as? String == "available")
            #expect(pet.keys.contains("born") && pet["born"] is NSNull)
            let id = try #require(pet["id"] as? Int)

            let fetched = try await send(.GET, port: port, "/api/pets/\(id)")
            #expect(fetched.status == 200)
            #expect(fetched.headers["content-type"] == ["application/json"])
            #expect((fetched.json as? [String: Any])?["species"] as? String == "dog")

            let list = try await send(.GET, port: port, "/api/pets/?status=available&tag=good&limit=5")
            #expect(list.status == 200)
            #expect((list.json as? [String: Any])?["total"] as? Int == 1)

            let patched = try await send(.PATCH, port: port, "/api/pets/\(id)", body: #"{"status":"sold"}"#,
                                         headers: [("X-Request-Id", "abc")])
            #expect(patched.status == 200)
            #expect((patched.json as? [String: Any])?["status"] as? String == "sold")
            let put = try await send(.PUT, port: port, "/api/pets/\(id)", body: #"{"name":"Max"}"#)
            #expect((put.json as? [String: Any])?["name"] as? String == "Max")

            let deleted = try await send(.DELETE, port: port, "/api/pets/\(id)")
            #expect(deleted.status == 204)
            #expect(deleted.body.isEmpty)

            let gone = try await send(.GET, port: port, "/api/pets/\(id)")
            #expect(gone.status == 404)
            #expect(gone.body == #"{"detail":"Pet not found"}"#)
            #expect(try await send(.DELETE, port: port, "/api/pets/\(id)").status == 404)
        }
    }

    @Test func invalidInputIs422NamingEachBadField() async throws {
        try await Self.withServer { port in
            let body = try await send(.POST, port: port, "/api/pets/", body: #"{"name":5,"species":"dragon","born":"soon"}"#)
            #expect(body.status == 422)
            let issues = try #require((body.json as? [String: Any])?["detail"] as? [[String: Any]])
            #expect(issues.map { $0["loc"] as? [String] ?? [] } == [["body", "name"], ["body", "species"], ["body", "born"]])
            #expect(issues.map { $0["type"] as? String } == ["string_type", "enum", "datetime_parsing"])
            #expect(issues[1]["msg"] as? String == "Input should be 'dog', 'cat', 'bird' or 'fish'")

            let missing = try await send(.POST, port: port, "/api/pets/", body: #"{}"#)
            #expect(missing.status == 422)
            #expect(missing.body == #"{"detail":[{"loc":["body","name"],"msg":"Field required","type":"missing"},{"loc":["body","species"],"msg":"Field required","type":"missing"}]}"#)

            let query = try await send(.GET, port: port, "/api/pets/?limit=many&status=lost")
            #expect(query.status == 422)
            let queryIssues = try #require((query.json as? [String: Any])?["detail"] as? [[String: Any]])
            #expect(queryIssues.map { $0["loc"] as? [String] ?? [] } == [["query", "limit"], ["query", "status"]])

            let path = try await send(.GET, port: port, "/api/pets/abc")
            #expect(path.status == 422)
            #expect(path.body.contains(#""loc":["path","petId"]"#))
        }
    }

    @Test func wrongMethodIs405WithAllowAndUnknownPathIs404() async throws {
        try await Self.withServer { port in
            let wrong = try await send(.POST, port: port, "/api/pets/1")
            #expect(wrong.status == 405)
            #expect(wrong.headers["allow"] == ["GET, PATCH, PUT, DELETE"])
            #expect(wrong.body == #"{"detail":"Method Not Allowed"}"#)
            let unknown = try await send(.GET, port: port, "/api/nothing-here")
            #expect(unknown.status == 404)
            #expect(unknown.body == #"{"detail":"Not Found"}"#)
            #expect(try await send(.HEAD, port: port, "/api/store/inventory").status == 200)
        }
    }
}
