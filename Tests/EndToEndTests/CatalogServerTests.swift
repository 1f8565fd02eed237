import Foundation
import Testing

/// The Catalog sample over HTTP: constraints on fields, parameters and form fields answer with
/// pydantic's 422 entries (`type`, `loc`, `msg`, `ctx`), and values within them are accepted;
/// dates, emails, URLs, maps and unions; response headers; text, CSV and image responses.
@Suite("End to end: the Catalog sample (constraints, types, unions, headers, media types)", .serialized)
struct CatalogServerTests {
    static func withServer(_ body: (Int) async throws -> Void) async throws {
        try await withSampleServer("Catalog", body)
    }

    static let valid = #"{"sku":"ABC-1234","title":"Teapot","price":19.99,"tags":["kitchen"]}"#

    /// The entries of a 422, each as compact JSON, in order.
    func issues(_ result: HTTPResult) throws -> [String] {
        #expect(result.status == 422, "\(result.body)")
        let detail = try #require((result.json as? [String: Any])?["detail"] as? [Any])
        return try detail.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
    }

    @Test func valuesWithinTheirConstraintsAreAccepted() async throws {
        try await Self.withServer { port in
            let created = try await send(.POST, port: port, "/api/products/", body: Self.valid)
            #expect(created.status == 201, "\(created.body)")
            let product = try #require(created.json as? [String: Any])
            #expect(product["stock"] as? Int == 0 && product["discount"] as? Double == 0, "defaults")
            let id = try #require(product["id"] as? Int)
            let rated = try await send(.POST, port: port, "/api/products/\(id)/ratings", body: "stars=5&comment=Lovely",
                                       headers: [("Content-Type", "application/x-www-form-urlencoded"), ("X-Client-Build", "2041")])
            #expect(rated.status == 200, "\(rated.body)")
            #expect((rated.json as? [String: Any])?["rating"] as? Double == 5)
            let page = try await send(.GET, port: port, "/api/products/?limit=50&offset=0&q=Te&tag=kitchen")
            #expect((page.json as? [String: Any])?["total"] as? Int == 1, "\(page.body)")
        }
    }

    /// One body breaking a constraint of each kind: pydantic's type, message and ctx, field by field.
    @Test func aBodyBreakingEveryKindOfConstraint() async throws {
        try await Self.withServer { port in
            let result = try await send(.POST, port: port, "/api/products/", body: """
                {"sku":"abc-1234","title":"","price":0,"discount":1,"stock":-1,"tags":["a","b","c","d","e","f"],"rating":5.5}
                """)
            #expect(try issues(result) == [
                #"{"ctx":{"pattern":"^[A-Z]{3}-[0-9]{4}$"},"loc":["body","sku"],"msg":"String should match pattern '^[A-Z]{3}-[0-9]{4}$'","type":"string_pattern_mismatch"}"#,
                #"{"ctx":{"min_length":1},"loc":["body","title"],"msg":"String should have at least 1 character","type":"string_too_short"}"#,
                #"{"ctx":{"gt":0},"loc":["body","price"],"msg":"Input should be greater than 0","type":"greater_than"}"#,
                #"{"ctx":{"lt":1},"loc":["body","discount"],"msg":"Input should be less than 1","type":"less_than"}"#,
                #"{"ctx":{"ge":0},"loc":["body","stock"],"msg":"Input should be greater than or equal to 0","type":"greater_than_equal"}"#,
                #"{"ctx":{"actual_length":6,"field_type":"List","max_length":5},"loc":["body","tags"],"msg":"List should have at most 5 items after validation, not 6","type":"too_long"}"#,
                #"{"ctx":{"le":5},"loc":["body","rating"],"msg":"Input should be less than or equal to 5","type":"less_than_equal"}"#,
            ])
            let tooLong = try await send(.POST, port: port, "/api/products/",
                                         body: Self.valid.replacingOccurrences(of: "Teapot", with: String(repeating: "é", count: 81)))
            #expect(try issues(tooLong) == [
                #"{"ctx":{"max_length":80},"loc":["body","title"],"msg":"String should have at most 80 characters","type":"string_too_long"}"#,
            ])
            let notAMultiple = try await send(.POST, port: port, "/api/products/",
                                              body: Self.valid.replacingOccurrences(of: "19.99", with: "19.995"))
            #expect(try issues(notAMultiple) == [
                #"{"ctx":{"multiple_of":0.01},"loc":["body","price"],"msg":"Input should be a multiple of 0.01","type":"multiple_of"}"#,
            ])
        }
    }

    /// Query, path, header and form values meet the same checks, located where they were sent.
    @Test func parametersAndFormFieldsBreakingTheirConstraints() async throws {
        try await Self.withServer { port in
            let query = try await send(.GET, port: port, "/api/products/?limit=0&offset=-1&q=a&tag=a&tag=b&tag=c&tag=d")
            #expect(try issues(query) == [
                #"{"ctx":{"ge":1},"loc":["query","limit"],"msg":"Input should be greater than or equal to 1","type":"greater_than_equal"}"#,
                #"{"ctx":{"ge":0},"loc":["query","offset"],"msg":"Input should be greater than or equal to 0","type":"greater_than_equal"}"#,
                #"{"ctx":{"min_length":2},"loc":["query","q"],"msg":"String should have at least 2 characters","type":"string_too_short"}"#,
                #"{"ctx":{"actual_length":4,"field_type":"List","max_length":3},"loc":["query","tag"],"msg":"List should have at most 3 items after validation, not 4","type":"too_long"}"#,
            ])
            #expect(try issues(try await send(.GET, port: port, "/api/products/?limit=51")) == [
                #"{"ctx":{"le":50},"loc":["query","limit"],"msg":"Input should be less than or equal to 50","type":"less_than_equal"}"#,
            ])
            #expect(try issues(try await send(.GET, port: port, "/api/products/0")) == [
                #"{"ctx":{"ge":1},"loc":["path","id"],"msg":"Input should be greater than or equal to 1","type":"greater_than_equal"}"#,
            ])
            let form = try await send(.POST, port: port, "/api/products/1/ratings",
                                      body: "stars=6&comment=" + String(repeating: "x", count: 201),
                                      headers: [("Content-Type", "application/x-www-form-urlencoded"), ("X-Client-Build", "v2")])
            #expect(try issues(form) == [
                #"{"ctx":{"pattern":"^[0-9]{1,6}$"},"loc":["header","X-Client-Build"],"msg":"String should match pattern '^[0-9]{1,6}$'","type":"string_pattern_mismatch"}"#,
                #"{"ctx":{"le":5},"loc":["form","stars"],"msg":"Input should be less than or equal to 5","type":"less_than_equal"}"#,
                #"{"ctx":{"max_length":200},"loc":["form","comment"],"msg":"String should have at most 200 characters","type":"string_too_long"}"#,
            ])
        }
    }

    /// The document states every constraint, as schemathesis and other clients read them.
    @Test func theDocumentStatesTheConstraints() async throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("Samples/Catalog/openapi.json"))) as? [String: Any])
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let properties = try #require((schemas["NewProduct"] as? [String: Any])?["properties"] as? [String: [String: Any]])
        #expect(properties["sku"]?["pattern"] as? String == "^[A-Z]{3}-[0-9]{4}$")
        #expect(properties["title"]?["minLength"] as? Int == 1 && properties["title"]?["maxLength"] as? Int == 80)
        #expect(properties["price"]?["exclusiveMinimum"] as? Double == 0 && properties["price"]?["maximum"] as? Double == 100_000)
        #expect(properties["price"]?["multipleOf"] as? Double == 0.01)
        #expect(properties["discount"]?["exclusiveMaximum"] as? Double == 1)
        #expect(properties["tags"]?["maxItems"] as? Int == 5)
        #expect(properties["stock"]?["minimum"] as? Int == 0)
    }

    /// `date`, `email` and `url` read exactly their form, answer anything else with pydantic's
    /// reason, and are written back as they came.
    @Test func datesEmailsAndURLs() async throws {
        try await Self.withServer { port in
            let created = try await send(.POST, port: port, "/api/products/", body: """
                {"sku":"DAT-0001","title":"Calendar","price":12,"released":"2024-02-29","support":"help@example.org","homepage":"https://example.org/calendar?y=2024"}
                """)
            #expect(created.status == 201, "\(created.body)")
            #expect(created.body.contains(#""released":"2024-02-29""#) && created.body.contains(#""support":"help@example.org""#)
                    && created.body.contains(#""homepage":"https://example.org/calendar?y=2024""#), "\(created.body)")
            let later = try await send(.GET, port: port, "/api/products/?released_after=2024-02-28&q=Calendar")
            #expect((later.json as? [String: Any])?["total"] as? Int == 1, "\(later.body)")
            let none = try await send(.GET, port: port, "/api/products/?released_after=2024-02-29&q=Calendar")
            #expect((none.json as? [String: Any])?["total"] as? Int == 0, "\(none.body)")

            let invalid = try await send(.POST, port: port, "/api/products/", body: """
                {"sku":"DAT-0002","title":"Calendar","price":12,"released":"2023-02-29","support":"help.example.org","homepage":"example.org"}
                """)
            #expect(try issues(invalid) == [
                #"{"ctx":{"error":"day value is outside expected range"},"loc":["body","released"],"msg":"Input should be a valid date or datetime, day value is outside expected range","type":"date_from_datetime_parsing"}"#,
                #"{"ctx":{"reason":"An email address must have an @-sign."},"loc":["body","support"],"msg":"value is not a valid email address: An email address must have an @-sign.","type":"value_error"}"#,
                #"{"ctx":{"error":"relative URL without a base"},"loc":["body","homepage"],"msg":"Input should be a valid URL, relative URL without a base","type":"url_parsing"}"#,
            ])
            let moreInvalid = try await send(.POST, port: port, "/api/products/", body: """
                {"sku":"DAT-0003","title":"Calendar","price":12,"released":"2024-13-01","support":"help@localhost","homepage":"http://"}
                """)
            #expect(try issues(moreInvalid) == [
                #"{"ctx":{"error":"month value is outside expected range of 1-12"},"loc":["body","released"],"msg":"Input should be a valid date or datetime, month value is outside expected range of 1-12","type":"date_from_datetime_parsing"}"#,
                #"{"ctx":{"reason":"The part after the @-sign is not valid. It should have a period."},"loc":["body","support"],"msg":"value is not a valid email address: The part after the @-sign is not valid. It should have a period.","type":"value_error"}"#,
                #"{"ctx":{"error":"empty host"},"loc":["body","homepage"],"msg":"Input should be a valid URL, empty host","type":"url_parsing"}"#,
            ])
            #expect(try issues(try await send(.GET, port: port, "/api/products/?released_after=2024-1-1")) == [
                #"{"ctx":{"error":"input is too short"},"loc":["query","released_after"],"msg":"Input should be a valid date or datetime, input is too short","type":"date_from_datetime_parsing"}"#,
            ])
            let form = try await send(.POST, port: port, "/api/products/1/ratings", body: "stars=4&reviewer=me",
                                      headers: [("Content-Type", "application/x-www-form-urlencoded")])
            #expect(try issues(form) == [
                #"{"ctx":{"reason":"An email address must have an @-sign."},"loc":["form","reviewer"],"msg":"value is not a valid email address: An email address must have an @-sign.","type":"value_error"}"#,
            ])
        }
    }

    /// A map (`{string: T}`) takes any keys; a value of the wrong type is named by its key.
    @Test func mapsTakeAnyKeys() async throws {
        try await Self.withServer { port in
            let created = try await send(.POST, port: port, "/api/products/", body: """
                {"sku":"MAP-0001","title":"Mug","price":8,"attributes":{"size":"L","color":"red"}}
                """)
            #expect(created.status == 201, "\(created.body)")
            #expect(created.body.contains(#""attributes":{"color":"red","size":"L"}"#), "\(created.body)")
            let wrongValue = try await send(.POST, port: port, "/api/products/", body: """
                {"sku":"MAP-0002","title":"Mug","price":8,"attributes":{"size":"L","color":5}}
                """)
            #expect(try issues(wrongValue) == [
                #"{"loc":["body","attributes","color"],"msg":"Input should be a valid string","type":"string_type"}"#,
            ])
            let notAnObject = try await send(.POST, port: port, "/api/products/", body: """
                {"sku":"MAP-0003","title":"Mug","price":8,"attributes":["L"]}
                """)
            #expect(try issues(notAnObject) == [
                #"{"loc":["body","attributes"],"msg":"Input should be a valid dictionary","type":"dict_type"}"#,
            ])
        }
    }

    /// A union with a discriminator decodes the member its value names; pydantic's tag errors.
    @Test func discriminatedUnions() async throws {
        try await Self.withServer { port in
            let created = try await send(.POST, port: port, "/api/products/", body: """
                {"sku":"UNI-0001","title":"Lamp","price":30,"shipping":[{"method":"pickup","store":"Main St"},{"method":"delivery","address":"1 Road"}]}
                """)
            #expect(created.status == 201, "\(created.body)")
            #expect(created.body.contains(#""shipping":[{"method":"pickup","store":"Main St"},{"address":"1 Road","express":false,"method":"delivery"}]"#),
                    "\(created.body)")
            let wrong = try await send(.POST, port: port, "/api/products/", body: """
                {"sku":"UNI-0002","title":"Lamp","price":30,"shipping":[{"store":"x"},{"method":"drone"},{"method":"delivery"},5]}
                """)
            #expect(try issues(wrong) == [
                #"{"ctx":{"discriminator":"'method'"},"loc":["body","shipping",0],"msg":"Unable to extract tag using discriminator 'method'","type":"union_tag_not_found"}"#,
                #"{"ctx":{"discriminator":"'method'","expected_tags":"'pickup', 'delivery'","tag":"drone"},"loc":["body","shipping",1],"msg":"Input tag 'drone' found using 'method' does not match any of the expected tags: 'pickup', 'delivery'","type":"union_tag_invalid"}"#,
                #"{"loc":["body","shipping",2,"delivery","address"],"msg":"Field required","type":"missing"}"#,
                #"{"loc":["body","shipping",3],"msg":"Input should be a valid dictionary or object to extract fields from","type":"model_attributes_type"}"#,
            ])
        }
    }

    /// A union without one takes the first member that decodes, and names each member's issues.
    @Test func smartUnions() async throws {
        try await Self.withServer { port in
            let photo = try await send(.POST, port: port, "/api/products/", body: """
                {"sku":"UNI-0003","title":"Poster","price":5,"media":{"url":"https://example.org/p.png","width":640}}
                """)
            #expect(photo.body.contains(#""media":{"url":"https://example.org/p.png","width":640}"#), "\(photo.body)")
            let video = try await send(.POST, port: port, "/api/products/", body: """
                {"sku":"UNI-0004","title":"Poster","price":5,"media":{"url":"https://example.org/v.mp4","seconds":12.5}}
                """)
            #expect(video.body.contains(#""media":{"seconds":12.5,"url":"https://example.org/v.mp4"}"#), "\(video.body)")
            let neither = try await send(.POST, port: port, "/api/products/", body: """
                {"sku":"UNI-0005","title":"Poster","price":5,"media":{"url":"https://example.org/x","width":0}}
                """)
            #expect(try issues(neither) == [
                #"{"ctx":{"gt":0},"loc":["body","media","Photo","width"],"msg":"Input should be greater than 0","type":"greater_than"}"#,
                #"{"loc":["body","media","Video","seconds"],"msg":"Field required","type":"missing"}"#,
            ])
        }
    }

    /// The document: `oneOf` with `discriminator` and `mapping`; `anyOf` where two members can match one value.
    @Test func theDocumentStatesTheUnions() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("Samples/Catalog/openapi.json"))) as? [String: Any])
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]])
        let shipping = try #require(schemas["Shipping"])
        #expect((shipping["oneOf"] as? [[String: String]])?.map { $0["$ref"] } == ["#/components/schemas/Pickup", "#/components/schemas/Delivery"])
        let discriminator = try #require(shipping["discriminator"] as? [String: Any])
        #expect(discriminator["propertyName"] as? String == "method")
        #expect(discriminator["mapping"] as? [String: String] == ["pickup": "#/components/schemas/Pickup", "delivery": "#/components/schemas/Delivery"])
        #expect((schemas["Media"]?["anyOf"] as? [Any])?.count == 2)
    }
    /// Declared response headers are sent as their types write them; an absent optional one is not sent.
    @Test func responseHeaders() async throws {
        try await Self.withServer { port in
            for sku in ["HDR-0001", "HDR-0002", "HDR-0003"] {
                let created = try await send(.POST, port: port, "/api/products/", body: #"{"sku":"\#(sku)","title":"Mug","price":4}"#)
                #expect(created.status == 201, "\(created.body)")
            }
            let first = try await send(.GET, port: port, "/api/products/?limit=2&q=Mug")
            #expect(first.headers["X-Total-Count"] == ["3"])
            #expect(first.headers["X-Next-Offset"] == ["2"])
            let last = try await send(.GET, port: port, "/api/products/?limit=2&offset=2&q=Mug")
            #expect(last.headers["X-Total-Count"] == ["3"])
            #expect(last.headers["X-Next-Offset"].isEmpty, "an absent optional header is not sent")
        }
    }

    /// Text and bytes of a declared media type: CSV as a download, plain text, a PNG with headers.
    @Test func textCSVAndImageResponses() async throws {
        try await Self.withServer { port in
            let created = try await send(.POST, port: port, "/api/products/",
                                         body: #"{"sku":"TXT-0001","title":"Lamp, \"big\"","price":30,"released":"2024-05-01"}"#)
            let id = try #require((created.json as? [String: Any])?["id"] as? Int)
            let csv = try await send(.GET, port: port, "/api/products/export.csv")
            #expect(csv.status == 200)
            #expect(csv.headers["Content-Type"] == ["text/csv; charset=utf-8"])
            #expect(csv.headers["Content-Disposition"] == [#"attachment; filename="products.csv""#])
            #expect(csv.body.hasPrefix("id,sku,title,price\r\n"))
            #expect(csv.body.contains(#"\#(id),TXT-0001,"Lamp, ""big""",30.0\#r\#n"#), "\(csv.body)")
            let summary = try await send(.GET, port: port, "/api/products/\(id)/summary")
            #expect(summary.headers["Content-Type"] == ["text/plain; charset=utf-8"])
            #expect(summary.body == #"Lamp, "big" (TXT-0001): 30.0"#)
            let label = try await send(.GET, port: port, "/api/products/\(id)/label.png")
            #expect(label.headers["Content-Type"] == ["image/png"])
            #expect(label.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG signature")
            #expect(label.headers["ETag"] == [#""\#(id)-TXT-0001""#])
            #expect(label.headers["Last-Modified-Day"] == ["2024-05-01"])
            let missing = try await send(.GET, port: port, "/api/products/999/label.png")
            #expect(missing.status == 404 && missing.headers["Content-Type"] == ["application/json"])
        }
    }

    /// One status, two media types: the handler picks one by `Accept`; a class of statuses answers
    /// with the status the handler picked, a problem document as its own media type.
    @Test func mediaTypesByStatusAndClassesOfStatuses() async throws {
        try await Self.withServer { port in
            let created = try await send(.POST, port: port, "/api/products/", body: #"{"sku":"PDF-0001","title":"Desk","price":120,"stock":2}"#)
            let id = try #require((created.json as? [String: Any])?["id"] as? Int)
            let json = try await send(.GET, port: port, "/api/products/\(id)/sheet")
            #expect(json.status == 200 && json.headers["Content-Type"] == ["application/json"])
            #expect((json.json as? [String: Any])?["sku"] as? String == "PDF-0001")
            let pdf = try await send(.GET, port: port, "/api/products/\(id)/sheet", headers: [("Accept", "application/pdf")])
            #expect(pdf.status == 200 && pdf.headers["Content-Type"] == ["application/pdf"])
            #expect(pdf.headers["Content-Disposition"] == [#"attachment; filename="sheet.pdf""#])
            #expect(pdf.body.hasPrefix("%PDF-1.4\n") && pdf.body.hasSuffix("%%EOF\n"))

            let problem = try await send(.POST, port: port, "/api/products/\(id)/reservations?quantity=3")
            expect(problem, 409, #"{"detail":"2 of PDF-0001 left, 3 asked","status":409,"title":"Not enough stock","type":"about:blank"}"#)
            #expect(problem.headers["Content-Type"] == ["application/problem+json"])
            expect(try await send(.POST, port: port, "/api/products/\(id)/reservations?quantity=2"), 201, #"{"detail":"Reserved 2 of PDF-0001"}"#)
            // codes_4xx holds 404 (the operation declares no 404 of its own)…
            expect(try await send(.POST, port: port, "/api/products/999/restock"), 404, #"{"detail":"Product not found"}"#)
            expect(try await send(.POST, port: port, "/api/products/\(id)/restock"), 202, #"{"detail":"Restock ordered"}"#)
        }
    }

    /// Django Ninja's response options: the reviews router's `exclude_none`, an operation's
    /// `exclude_unset` (the body as it was sent), another's `exclude_defaults` (with nulls), and a
    /// `by_alias` one; `helpful` is read under its alias, `helpfulVotes`, and written under its
    /// name but with `by_alias`: each answer as pydantic's `model_dump` gives it, nested models too.
    @Test func responseOptionsLeaveOutWhatNinjaLeavesOut() async throws {
        try await Self.withServer { port in
            expect(try await send(.POST, port: port, "/api/reviews/", body: #"{"id":1,"stars":4,"comment":null}"#), 201, #"{"id":1,"stars":4}"#)
            expect(try await send(.GET, port: port, "/api/reviews/1"), 200, #"{"helpful":0,"id":1,"stars":4}"#)
            expect(try await send(.GET, port: port, "/api/reviews/1/compact"), 200, #"{"id":1,"stars":4}"#)
            expect(try await send(.GET, port: port, "/api/reviews/1/by-alias"), 200, #"{"helpfulVotes":0,"id":1,"stars":4}"#)
            let sent = #"{"id":2,"stars":5,"helpfulVotes":0,"reviewer":{"name":"Al"}}"#
            expect(try await send(.POST, port: port, "/api/reviews/", body: sent), 201, #"{"helpful":0,"id":2,"reviewer":{"name":"Al"},"stars":5}"#)
            expect(try await send(.GET, port: port, "/api/reviews/2/compact"), 200, #"{"id":2,"reviewer":{"name":"Al"},"stars":5}"#)
            let full = #"{"id":3,"stars":2,"comment":"Fine","helpfulVotes":3,"reviewer":{"name":"Bo","email":"bo@example.org"}}"#
            expect(try await send(.POST, port: port, "/api/reviews/", body: full), 201,
                   #"{"comment":"Fine","helpful":3,"id":3,"reviewer":{"email":"bo@example.org","name":"Bo"},"stars":2}"#)
            // pydantic reads an aliased field under its alias only: its name is an unknown key.
            expect(try await send(.POST, port: port, "/api/reviews/", body: #"{"id":4,"stars":1,"helpful":9}"#), 201, #"{"id":4,"stars":1}"#)
            expect(try await send(.GET, port: port, "/api/reviews/4"), 200, #"{"helpful":0,"id":4,"stars":1}"#)
            expect(try await send(.GET, port: port, "/api/reviews/9"), 404, #"{"detail":"Review not found"}"#)
        }
    }

    /// A schema with aliases is described twice: under its names (`Review`, what responses write)
    /// and under its aliases (`ReviewByAlias`, what requests send and `by_alias` writes).
    @Test func theDocumentDescribesBothFormsOfAnAliasedModel() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("Samples/Catalog/openapi.json"))) as? [String: Any])
        let components = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]])
        #expect((components["Review"]?["properties"] as? [String: Any])?.keys.contains("helpful") == true)
        #expect((components["ReviewByAlias"]?["properties"] as? [String: Any])?.keys.contains("helpfulVotes") == true)
        #expect(components["ReviewerByAlias"] == nil, "Reviewer holds no alias")
        let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
        func reference(_ path: String, _ method: String, _ status: String?) -> String? {
            let operation = paths[path]?[method]
            let content: [String: Any]?
            if let status { content = ((operation?["responses"] as? [String: Any])?[status] as? [String: Any])?["content"] as? [String: Any] }
            else { content = (operation?["requestBody"] as? [String: Any])?["content"] as? [String: Any] }
            return ((content?["application/json"] as? [String: Any])?["schema"] as? [String: Any])?["$ref"] as? String
        }
        #expect(reference("/api/reviews/", "post", nil) == "#/components/schemas/ReviewByAlias")
        #expect(reference("/api/reviews/", "post", "201") == "#/components/schemas/Review")
        #expect(reference("/api/reviews/{id}/by-alias", "get", "200") == "#/components/schemas/ReviewByAlias")
    }

    /// The document: headers with their schemas (required unless optional), media types, binary bytes.
    @Test func theDocumentStatesHeadersAndMediaTypes() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("Samples/Catalog/openapi.json"))) as? [String: Any])
        func ok(_ path: String) throws -> [String: Any] {
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let get = try #require(paths[path]?["get"] as? [String: Any])
            return try #require((get["responses"] as? [String: Any])?["200"] as? [String: Any])
        }
        let list = try ok("/api/products/")
        let headers = try #require(list["headers"] as? [String: [String: Any]])
        #expect(headers["X-Total-Count"]?["required"] as? Bool == true)
        #expect(headers["X-Next-Offset"]?["required"] == nil)
        #expect((headers["X-Total-Count"]?["schema"] as? [String: String])?["type"] == "integer")
        #expect((try ok("/api/products/export.csv")["content"] as? [String: Any])?.keys.sorted() == ["text/csv"])
        let png = try #require((try ok("/api/products/{id}/label.png")["content"] as? [String: [String: Any]])?["image/png"])
        #expect(png["schema"] as? [String: String] == ["type": "string", "format": "binary"])
    }
    /// `validation_error`: the API's own body for invalid input (RealWorld's `errors` by field),
    /// built by the user's hook, for bodies, parameters and unreadable JSON alike; documented on
    /// every operation that reads input instead of the default 422.
    @Test func theAPIsOwnValidationAnswer() async throws {
        try await Self.withServer { port in
            let body = try await send(.POST, port: port, "/api/products/", body: #"{"sku":"abc","title":"","price":1}"#)
            #expect(body.status == 422)
            let errors = try #require((body.json as? [String: Any])?["errors"] as? [String: [String]])
            #expect(errors == ["body.sku": ["String should match pattern '^[A-Z]{3}-[0-9]{4}$'"],
                               "body.title": ["String should have at least 1 character"]])
            let query = try await send(.GET, port: port, "/api/products/?limit=0&offset=-1")
            #expect((query.json as? [String: Any])?["errors"] as? [String: [String]] == [
                "query.limit": ["Input should be greater than or equal to 1"],
                "query.offset": ["Input should be greater than or equal to 0"],
            ])
            let unreadable = try await send(.POST, port: port, "/api/products/", body: "{bad")
            #expect((unreadable.json as? [String: Any])?["errors"] as? [String: [String]] == ["body": ["Invalid JSON"]])
        }
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("Samples/Catalog/openapi.json"))) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
        let answer = try #require((paths["/api/products/"]?["post"]?["responses"] as? [String: [String: Any]])?["422"])
        #expect(answer["description"] as? String == "Invalid input, by field")
        let schema = ((answer["content"] as? [String: [String: Any]])?["application/json"]?["schema"]) as? [String: String]
        #expect(schema == ["$ref": "#/components/schemas/InvalidInput"])
        let components = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        #expect(components["ValidationErrorResponse"] == nil, "the default 422 body is documented nowhere")
    }
    /// A `multipart/form-data` body of `(name, filename, content type, content)` parts.
    static func multipart(_ parts: [(name: String, filename: String?, type: String?, content: String)]) -> (body: String, header: (String, String)) {
        let boundary = "hattori-test-boundary"
        var body = ""
        for part in parts {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\""
            if let filename = part.filename { body += "; filename=\"\(filename)\"" }
            body += "\r\n"
            if let type = part.type { body += "Content-Type: \(type)\r\n" }
            body += "\r\n\(part.content)\r\n"
        }
        return (body + "--\(boundary)--\r\n", ("Content-Type", "multipart/form-data; boundary=\(boundary)"))
    }

    /// Files from `multipart/form-data`: name, media type and bytes in a typed value; `[file]`
    /// takes every part of its name; a missing file, or text where a file belongs, is a 422 at `["file", name]`.
    @Test func fileUploads() async throws {
        try await Self.withServer { port in
            let created = try await send(.POST, port: port, "/api/products/", body: #"{"sku":"UPL-0001","title":"Vase","price":12}"#)
            let id = try #require((created.json as? [String: Any])?["id"] as? Int)
            let upload = Self.multipart([("image", "front.png", "image/png", "PNGDATA"), ("extras", "sheet.pdf", "application/pdf", "%PDF"),
                                         ("extras", "back.jpg", nil, "JPEG")])
            let stored = try await send(.POST, port: port, "/api/products/\(id)/images", body: upload.body, headers: [upload.header])
            #expect(stored.status == 201, "\(stored.body)")
            #expect(stored.body == #"{"content_type":"image/png","extras":["sheet.pdf","back.jpg"],"filename":"front.png","size":7}"#)
            let missing = try await send(.POST, port: port, "/api/products/\(id)/images", body: Self.multipart([("extras", "a.txt", nil, "x")]).body,
                                         headers: [Self.multipart([]).header])
            #expect(try issues(missing) == [#"{"loc":["file","image"],"msg":"Field required","type":"missing"}"#])
            let text = Self.multipart([("image", nil, nil, "not a file")])
            let asText = try await send(.POST, port: port, "/api/products/\(id)/images", body: text.body, headers: [text.header])
            #expect(try issues(asText) == [
                #"{"ctx":{"error":"Expected UploadFile, received: <class 'str'>"},"loc":["file","image"],"msg":"Value error, Expected UploadFile, received: <class 'str'>","type":"value_error"}"#,
            ])
            let unknown = try await send(.POST, port: port, "/api/products/999/images", body: upload.body, headers: [upload.header])
            #expect(unknown.status == 404)
        }
    }

    /// Any form operation reads multipart bodies too, as Django does: text parts are its fields.
    @Test func multipartFormFields() async throws {
        try await Self.withServer { port in
            let created = try await send(.POST, port: port, "/api/products/", body: #"{"sku":"UPL-0002","title":"Bowl","price":9}"#)
            let id = try #require((created.json as? [String: Any])?["id"] as? Int)
            let form = Self.multipart([("stars", nil, nil, "4"), ("comment", nil, nil, "Line one\r\nline two")])
            let rated = try await send(.POST, port: port, "/api/products/\(id)/ratings", body: form.body, headers: [form.header])
            #expect((rated.json as? [String: Any])?["rating"] as? Double == 4, "\(rated.body)")
            let bad = Self.multipart([("stars", nil, nil, "9")])
            #expect(try issues(try await send(.POST, port: port, "/api/products/\(id)/ratings", body: bad.body, headers: [bad.header])) == [
                #"{"ctx":{"le":5},"loc":["form","stars"],"msg":"Input should be less than or equal to 5","type":"less_than_equal"}"#,
            ])
        }
    }

    /// A body past `--max-body-size` is refused with 413 and a JSON detail, uploads and JSON alike.
    @Test func bodiesPastTheLimitGet413() async throws {
        try await withSampleServer("Catalog", arguments: ["--max-body-size", "300"]) { port in
            let created = try await send(.POST, port: port, "/api/products/", body: #"{"sku":"UPL-0003","title":"Jug","price":9}"#)
            let id = try #require((created.json as? [String: Any])?["id"] as? Int)
            let big = Self.multipart([("image", "big.png", "image/png", String(repeating: "x", count: 400))])
            let refused = try await send(.POST, port: port, "/api/products/\(id)/images", body: big.body, headers: [big.header])
            expect(refused, 413, #"{"detail":"Content Too Large"}"#)
            let json = try await send(.POST, port: port, "/api/products/", body: Self.valid.replacingOccurrences(of: "Teapot", with: String(repeating: "t", count: 300)))
            #expect(json.status == 413)
            let small = Self.multipart([("image", "small.png", "image/png", "x")])
            #expect(try await send(.POST, port: port, "/api/products/\(id)/images", body: small.body, headers: [small.header]).status == 201)
        }
    }

    /// The document: file fields as `multipart/form-data` with `format: binary`; 413 on operations with bodies.
    @Test func theDocumentStatesUploads() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("Samples/Catalog/openapi.json"))) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
        let post = try #require(paths["/api/products/{id}/images"]?["post"])
        let content = try #require((post["requestBody"] as? [String: Any])?["content"] as? [String: [String: Any]])
        #expect(content.keys.sorted() == ["multipart/form-data"])
        let properties = try #require((content["multipart/form-data"]?["schema"] as? [String: Any])?["properties"] as? [String: [String: Any]])
        #expect(properties["image"]?["format"] as? String == "binary")
        #expect((properties["extras"]?["items"] as? [String: String])?["format"] == "binary")
        #expect((post["responses"] as? [String: Any])?["413"] != nil)
        #expect((paths["/api/products/{id}"]?["get"]?["responses"] as? [String: Any])?["413"] == nil, "a GET reads no body")
    }
}
