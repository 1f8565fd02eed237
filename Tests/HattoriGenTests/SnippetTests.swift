import Foundation
import Testing
@testable import HattoriGen

/// Snippet tests, as swift-openapi-generator's `SnippetBasedReferenceTests`: a spec fragment in, the
/// exact Swift gen writes for one construct out. The golden samples (RenderTests) check whole
/// packages; these pin each construct on its own, so a change to one template shows up here as a
/// small, readable diff.
@Suite("Snippets: spec fragment in, exact Swift out")
struct SnippetTests {
    /// Models, an enum schema, an operation with every kind of parameter, and a scheme list.
    static let petSpec = #"""
        schemas:
          Species: {enum: [dog, cat, guinea pig], description: What kind of animal.}
          Pet:
            description: A pet.
            fields:
              id: int
              name: {type: string, description: "Its \"name\"."}
              species: Species
              tag: string?
              status: {enum: [available, sold], default: available}
              self: {type: int, default: 3}
        schemes:
          AuthBearer: {kind: bearer}
          HeaderKey: {kind: APIKeyHeader, param: X-API-Key}
        operations:
          getPet:
            method: GET
            path: /pets/{id}
            auth: [AuthBearer, HeaderKey]
            params:
              id: {in: path, type: int}
              limit: {type: int, default: 20}
              tags: "[string]?"
              X-Trace: {in: header, type: uuid?}
            responses:
              200: Pet
              404: null
        """#

    /// Declared refusal bodies, a session scheme, a JSON body, form fields and an exception.
    static let refusalSpec = #"""
        schemas:
          Coded: {fields: {detail: string, code: string}}
          NewPet: {fields: {name: string}}
        schemes:
          MyAuth: {kind: bearer, responses: {401: Coded, 403: Coded}}
          Quiet: {kind: bearer, responses: {401: {description: No body.}}}
          Session: {kind: django_auth}
          Other: {kind: APIKeyQuery, param: api_key}
        exceptions:
          Gone: {status: 410, body: Coded}
        operations:
          mine: {method: GET, path: /mine, auth: [MyAuth, Other], responses: {200: string}}
          quiet: {method: GET, path: /quiet, auth: Quiet, responses: {200: string}}
          addPet:
            method: POST
            path: /pets
            auth: Session
            body: NewPet
            throws: Gone
            responses: {201: NewPet, 204: null}
          login:
            method: POST
            path: /login
            auth: null
            form: {username: string, remember: {type: bool, default: false}, scopes: "[string]?"}
            responses: {200: string}
        """#

    /// Constraints on a model's fields and an operation's parameters.
    static let constraintSpec = #"""
        schemas:
          Page: {fields: {size: {type: int, ge: 1, le: 100, default: 20}, code: {type: string, pattern: "^[A-Z]+$"}, tags: {type: "[string]", max_items: 3}}}
        operations:
          search:
            method: GET
            path: /search/{id}
            params:
              id: {in: path, type: int, gt: 0}
              q: {type: string, min_length: 2, optional: true}
              cents: {type: number, multiple_of: 0.01, default: 0}
            responses: {200: Page}
        """#

    /// The generated files of `spec(fragment)`, rendered with the bundled templates.
    func render(_ fragment: String) throws -> [PlannedFile] {
        let renderer = Renderer(templates: try TemplateSet.standard(),
                                runtime: .path("../.."), specFileName: "api.yaml")
        let api = try resolve(spec(fragment))
        return try renderer.render(api) { () throws(GenerationError) in try OpenAPIStage.document(api) }.files
    }

    /// One whole file, without its final newline.
    func file(_ path: String, of fragment: String) throws -> String {
        let contents = try #require(try render(fragment).first { $0.path == path }, "no file \(path)").contents
        return String(contents.dropLast(contents.hasSuffix("\n") ? 1 : 0))
    }

    /// The declaration in `path` whose first line starts with `start` (after its indentation), up
    /// to the brace that closes it at the same indentation; with its doc comment when `withDoc`.
    func declaration(_ start: String, in path: String, of fragment: String, after anchor: String? = nil, withDoc: Bool = false) throws -> String {
        var lines = try file(path, of: fragment).split(separator: "\n", omittingEmptySubsequences: false)
        if let anchor, let index = lines.firstIndex(where: { $0.contains(anchor) }) { lines = Array(lines[index...]) }
        var first = try #require(lines.firstIndex { $0.drop { $0 == " " }.hasPrefix(start) }, "no '\(start)' in \(path)")
        while withDoc, first > 0, lines[first - 1].drop(while: { $0 == " " }).hasPrefix("///") { first -= 1 }
        let indent = lines[first].prefix { $0 == " " }
        let declarationLine = try #require(lines[first...].firstIndex { $0.drop { $0 == " " }.hasPrefix(start) })
        let last = try #require(lines[declarationLine...].firstIndex { $0 == indent + "}" }, "'\(start)' is not closed in \(path)")
        return lines[first...last].joined(separator: "\n")
    }

    /// A model an operation writes with response options: its fields go through `FieldEncoder`;
    /// with `exclude_unset` it remembers which it was not given (by the request, by its
    /// initializer, by assignment since).
    @Test func aModelWrittenWithResponseOptions() throws {
        let spec = """
            schemas:
              Review:
                fields: {id: int, stars: int, comment: string?, helpful: {type: int, default: 0}, reviewer: Reviewer?}
              Reviewer: {fields: {name: string}}
            operations:
              postReview: {method: POST, path: /r, exclude_unset: true, exclude_none: true, body: Review, responses: {201: Review}}
            """
        #expect(try declaration("public struct Review", in: "Sources/ShopAPI/Models/Review.model.swift", of: spec) == #"""
            public struct Review: Codable, Hashable, Sendable {
                public var id: Swift.Int
                public var stars: Swift.Int
                public var comment: Swift.String? { didSet { _unset.remove(2) } }
                public var helpful: Swift.Int { didSet { _unset.remove(3) } }
                public var reviewer: Reviewer? { didSet { _unset.remove(4) } }
                /// The fields it was not given, for `exclude_unset`.
                private var _unset = Hattori.FieldSet()

                public init(id: Swift.Int, stars: Swift.Int, comment: Swift.String? = nil, helpful: Swift.Int = 0, reviewer: Reviewer? = nil) {
                    self.id = id
                    self.stars = stars
                    self.comment = comment
                    self.helpful = helpful
                    self.reviewer = reviewer
                    // A field left at its default counts as not given (Swift cannot tell it from one passed as it).
                    self._unset = Hattori.FieldSet(unset: [false, false, self.comment == nil, self.helpful == 0, self.reviewer == nil])
                }

                public enum CodingKeys: Swift.String, CodingKey {
                    case id
                    case stars
                    case comment
                    case helpful
                    case reviewer
                }

                /// Decodes every field, collecting each invalid one for the 422 answer.
                public init(from _decoder: any Swift.Decoder) throws {
                    var _fields = try Hattori.FieldDecoder(_decoder, keyedBy: CodingKeys.self)
                    let id = _fields.required(Swift.Int.self, .id)
                    let stars = _fields.required(Swift.Int.self, .stars)
                    let comment = _fields.optional(Swift.String.self, .comment)
                    let helpful = _fields.defaulted(Swift.Int.self, .helpful) ?? 0
                    let reviewer = _fields.optional(Reviewer.self, .reviewer)
                    guard let id, let stars, _fields.isValid else { throw _fields.failure }
                    self.init(id: id, stars: stars, comment: comment, helpful: helpful, reviewer: reviewer)
                    self._unset = Hattori.FieldSet(unset: [false, false, !_fields.contains(.comment), !_fields.contains(.helpful), !_fields.contains(.reviewer)])
                }

                /// Encodes every field but those the answering operation's response options leave out
                /// (`exclude_none`, `exclude_unset`, `exclude_defaults`), under its name or, with `by_alias`, its
                /// alias; absent optionals as `null` otherwise.
                public func encode(to _encoder: any Swift.Encoder) throws {
                    var _fields = Hattori.FieldEncoder(_encoder, unset: self._unset)
                    try _fields.encode(self.id, "id")
                    try _fields.encode(self.stars, "stars")
                    try _fields.encode(self.comment, "comment", index: 2, isDefault: self.comment == nil)
                    try _fields.encode(self.helpful, "helpful", index: 3, isDefault: self.helpful == 0)
                    try _fields.encode(self.reviewer, "reviewer", index: 4, isDefault: self.reviewer == nil)
                }
            }
            """#)
        #expect(try file("Sources/ShopAPI/Operations/Root.swift", of: spec).contains("""
                        case .created(let body): return Hattori.JSONResponse.make(status: .init(code: 201), body: body, options: Self._responseOptions, from: request, context: context)
            """))
        #expect(try file("Sources/ShopAPI/Operations/Root.swift", of: spec).contains("""
                        static let _responseOptions = Hattori.ResponseOptions(excludeNone: true, excludeUnset: true)
            """))
    }

    @Test func aModel() throws {
        #expect(try file("Sources/ShopAPI/Models/Pet.model.swift", of: Self.petSpec) == #"""
        // Generated by gen (Hattori) from api.yaml. DO NOT EDIT.
        // gen rewrites this file: change the spec and run gen again.
        import Foundation
        @_spi(Generated) import Hattori

        /// A pet.
        public struct Pet: Codable, Hashable, Sendable {
            public var id: Swift.Int
            /// Its "name".
            public var name: Swift.String
            public var species: Species
            public var tag: Swift.String?
            public var status: Status
            public var self_: Swift.Int

            public enum Status: Swift.String, Hattori.StringEnum, Hattori.JSONWritable {
                case available
                case sold

                public init(from decoder: any Swift.Decoder) throws {
                    self = try Self.decode(from: decoder)
                }
            }

            public init(id: Swift.Int, name: Swift.String, species: Species, tag: Swift.String? = nil, status: Status = .available, self_: Swift.Int = 3) {
                self.id = id
                self.name = name
                self.species = species
                self.tag = tag
                self.status = status
                self.self_ = self_
            }

            public enum CodingKeys: Swift.String, CodingKey {
                case id
                case name
                case species
                case tag
                case status
                case self_ = "self"
            }

            /// Decodes every field, collecting each invalid one for the 422 answer.
            public init(from _decoder: any Swift.Decoder) throws {
                var _fields = try Hattori.FieldDecoder(_decoder, keyedBy: CodingKeys.self)
                let id = _fields.required(Swift.Int.self, .id)
                let name = _fields.required(Swift.String.self, .name)
                let species = _fields.required(Species.self, .species)
                let tag = _fields.optional(Swift.String.self, .tag)
                let status = _fields.defaulted(Status.self, .status) ?? .available
                let self_ = _fields.defaulted(Swift.Int.self, .self_) ?? 3
                guard let id, let name, let species, _fields.isValid else { throw _fields.failure }
                self.init(id: id, name: name, species: species, tag: tag, status: status, self_: self_)
            }

            /// Encodes every field; absent optionals are written as `null`, as Django Ninja does.
            public func encode(to _encoder: any Swift.Encoder) throws {
                var _container = _encoder.container(keyedBy: CodingKeys.self)
                try _container.encode(self.id, forKey: .id)
                try _container.encode(self.name, forKey: .name)
                try _container.encode(self.species, forKey: .species)
                try _container.encode(self.tag, forKey: .tag)
                try _container.encode(self.status, forKey: .status)
                try _container.encode(self.self_, forKey: .self_)
            }
        }

        extension Pet: Hattori.JSONWritable {
            /// Writes what `encode(to:)` encodes without response options, without an encoder: the same
            /// bytes, the keys in the order `JSONEncoder` sorts them.
            public func writeJSON(to _writer: inout Hattori.JSONWriter) throws {
                try _writer.beginObject()
                _writer.append("\"id\":")
                try _writer.write(self.id, as: Swift.Int.self)
                _writer.append(",\"name\":")
                try _writer.write(self.name, as: Swift.String.self)
                _writer.append(",\"self\":")
                try _writer.write(self.self_, as: Swift.Int.self)
                _writer.append(",\"species\":")
                try _writer.write(self.species, as: Species.self)
                _writer.append(",\"status\":")
                try _writer.write(self.status, as: Status.self)
                _writer.append(",\"tag\":")
                try _writer.write(self.tag, as: Swift.String?.self)
                _writer.endObject()
            }
        }
        """#)
    }

    /// A model writes its JSON itself: its keys in `JSONEncoder`'s sorted order (UTF-8 bytes: upper
    /// case, `_`, lower case), under the key `encode(to:)` writes without options: the field's
    /// name, not its alias (pydantic writes aliases only with `by_alias`).
    @Test func aModelWritesItsOwnJSON() throws {
        let fragment = """
            schemas:
              Row: {fields: {name: string, Zone: int?, _rank: {type: number, alias: rank}, b_side: {type: "[string]", alias: "B-side"}}}
            operations:
              row: {method: GET, path: /row, responses: {200: Row}}
            """
        #expect(try declaration("extension Row: Hattori.JSONWritable", in: "Sources/ShopAPI/Models/Row.model.swift", of: fragment) == #"""
            extension Row: Hattori.JSONWritable {
                /// Writes what `encode(to:)` encodes without response options, without an encoder: the same
                /// bytes, the keys in the order `JSONEncoder` sorts them.
                public func writeJSON(to _writer: inout Hattori.JSONWriter) throws {
                    try _writer.beginObject()
                    _writer.append("\"Zone\":")
                    try _writer.write(self.zone, as: Swift.Int?.self)
                    _writer.append(",\"_rank\":")
                    try _writer.write(self.rank, as: Swift.Double.self)
                    _writer.append(",\"b_side\":")
                    try _writer.write(self.bSide, as: [Swift.String].self)
                    _writer.append(",\"name\":")
                    try _writer.write(self.name, as: Swift.String.self)
                    _writer.endObject()
                }
            }
            """#)
    }

    @Test func anEnumSchema() throws {
        #expect(try file("Sources/ShopAPI/Models/Species.model.swift", of: Self.petSpec) == #"""
        // Generated by gen (Hattori) from api.yaml. DO NOT EDIT.
        // gen rewrites this file: change the spec and run gen again.
        import Foundation
        @_spi(Generated) import Hattori

        /// What kind of animal.
        public enum Species: Swift.String, Hattori.StringEnum {
            case dog
            case cat
            case guineaPig = "guinea pig"

            public init(from decoder: any Swift.Decoder) throws {
                self = try Self.decode(from: decoder)
            }
        }

        extension Species: Hattori.JSONWritable {}
        """#)
    }

    /// Path, query (defaulted, list) and header (optional) parameters, read by one decoder that
    /// collects every problem before it throws.
    @Test func inputDecoding() throws {
        #expect(try declaration("extension Operations.GetPet.Input", in: "Sources/ShopAPI/Operations/Root.swift", of: Self.petSpec) == #"""
        extension Operations.GetPet.Input {
            /// Reads and validates the request; throws a 422 `ValidationFailure` naming every bad field.
            init(decoding _input: inout Hattori.InputDecoder, auth: Operations.GetPet.Auth) throws {
                let pathId = _input.path("id", as: Swift.Int.self)
                let queryLimit = _input.query("limit", as: Swift.Int.self, required: false) ?? 20
                let queryTags = _input.queryList("tags", of: Swift.String.self, required: false)
                let headerXTrace = _input.header("X-Trace", as: Foundation.UUID.self, required: false)
                guard let pathId, _input.isValid else { throw _input.failure }
                self.init(auth: auth, path: .init(id: pathId), query: .init(limit: queryLimit, tags: queryTags), headers: .init(xTrace: headerXTrace))
            }
        }
        """#)
    }

    @Test func aJSONBody() throws {
        #expect(try declaration("extension Operations.AddPet.Input", in: "Sources/ShopAPI/Operations/Root.swift", of: Self.refusalSpec) == #"""
        extension Operations.AddPet.Input {
            /// Reads and validates the request; throws a 422 `ValidationFailure` naming every bad field.
            init(decoding _input: inout Hattori.InputDecoder, auth: Operations.AddPet.Auth) throws {
                let jsonBody = _input.jsonBody(NewPet.self, required: true)
                guard let jsonBody, _input.isValid else { throw _input.failure }
                self.init(auth: auth, body: jsonBody)
            }
        }
        """#)
    }

    @Test func formFields() throws {
        #expect(try declaration("extension Operations.Login.Input", in: "Sources/ShopAPI/Operations/Root.swift", of: Self.refusalSpec) == #"""
        extension Operations.Login.Input {
            /// Reads and validates the request; throws a 422 `ValidationFailure` naming every bad field.
            init(decoding _input: inout Hattori.InputDecoder) throws {
                let formUsername = _input.form("username", as: Swift.String.self, required: true)
                let formRemember = _input.form("remember", as: Swift.Bool.self, required: false) ?? false
                let formScopes = _input.formList("scopes", of: Swift.String.self, required: false)
                guard let formUsername, _input.isValid else { throw _input.failure }
                self.init(form: .init(username: formUsername, remember: formRemember, scopes: formScopes))
            }
        }
        """#)
    }

    /// One case per declared status: with a body, and without one.
    @Test func outputCases() throws {
        #expect(try declaration("public enum Output", in: "Sources/ShopAPI/Operations/Root.swift", of: Self.petSpec) == #"""
                public enum Output: Hattori.OperationOutput {
                    /// 200
                    case ok(Pet)
                    /// 404
                    case notFound

                    public func response(from request: Hummingbird.Request, context: some Hummingbird.RequestContext) -> Hummingbird.Response {
                        switch self {
                        case .ok(let body): return Hattori.JSONResponse.make(status: .init(code: 200), body: body, from: request, context: context)
                        case .notFound: return Hattori.JSONResponse.empty(status: .init(code: 404))
                        }
                    }
                }
        """#)
        #expect(try declaration("public enum Output", in: "Sources/ShopAPI/Operations/Root.swift", of: Self.refusalSpec, after: "public enum AddPet") == #"""
                public enum Output: Hattori.OperationOutput {
                    /// 201
                    case created(NewPet)
                    /// 204
                    case noContent

                    public func response(from request: Hummingbird.Request, context: some Hummingbird.RequestContext) -> Hummingbird.Response {
                        switch self {
                        case .created(let body): return Hattori.JSONResponse.make(status: .init(code: 201), body: body, from: request, context: context)
                        case .noContent: return Hattori.JSONResponse.empty(status: .init(code: 204))
                        }
                    }
                }
        """#)
    }

    @Test func routeRegistration() throws {
        #expect(try declaration("extension Routes", in: "Sources/ShopAPI/Operations/Root.swift", of: Self.petSpec) == #"""
        extension Routes {
            /// Registers the operations of `RootAPI`.
            static func registerRoot(_ handlers: some RootAPI, authenticators: some AuthenticatorsProtocol, configuration: Hattori.HattoriConfiguration, on table: inout Hattori.RouteTable) {
                let getPetRoute = Hattori.OperationRoute.handler(
                    configuration: configuration,
                    authenticate: SchemeLists.AuthBearerOrHeaderKey.authenticate(with: authenticators),
                    body: .none,
                    input: Operations.GetPet.Input.init(decoding:auth:),
                    handle: handlers.getPet(_:context:)
                )
                table.add(.get, "/api/pets/{id}", handler: getPetRoute)
            }
        }
        """#)
    }

    @Test func schemes() throws {
        #expect(try declaration("public enum Schemes", in: "Sources/ShopAPI/Schemes.swift", of: Self.petSpec) == #"""
        public enum Schemes {
            /// AuthBearer: HTTP bearer.
            public enum AuthBearer {
                public static func authenticate(_ request: Hattori.AuthRequest, _ authenticators: some AuthenticatorsProtocol) async throws -> Swift.String? {
                    guard let token = Hattori.Credentials.bearer(request) else { return nil }
                    return try await authenticators.authBearer(token: token, request: request)
                }
            }

            /// HeaderKey: API key in header `X-API-Key`.
            public enum HeaderKey {
                public static func authenticate(_ request: Hattori.AuthRequest, _ authenticators: some AuthenticatorsProtocol) async throws -> Swift.String? {
                    guard let key = try Hattori.Credentials.apiKey(request, in: .header, name: "X-API-Key", csrf: false) else { return nil }
                    return try await authenticators.headerKey(key: key, request: request)
                }
            }
        }
        """#)
    }

    /// The auth matrix's table: each scheme's kind, CSRF check and the statuses its stub may raise;
    /// each operation's methods, path and schemes in order. Hostile names stay inside their literals.
    @Test func theAuthMatrixTable() throws {
        let spec = #"""
            exceptions:
              Teapot: {status: 418}
            schemes:
              Token: {kind: bearer, throws: [Teapot]}
              "Key \"quoted\" \\(x) */": {kind: APIKeyCookie, param: k-ey}
              Admin: {kind: django_auth_superuser, cookie: sid}
              Who: {kind: custom}
              Pass: {kind: basic}
              Query: {kind: apikey, in: query}
            operations:
              getPet: {method: [GET, PUT], path: "/pets/{id}", auth: [Token, "Key \"quoted\" \\(x) */", Admin, Who, Pass, Query], params: {id: {in: path, type: int}}, responses: {200: string}}
              open: {method: GET, path: /open, responses: {200: string}}
            """#
        let text = try file("Tests/ShopTests/AuthMatrixTests.swift", of: spec)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = try #require(lines.firstIndex { $0.hasPrefix("let authMatrix") })
        let last = try #require(lines[first...].firstIndex { $0 == ")" })
        #expect(lines[first...last].joined(separator: "\n") == #"""
        let authMatrix = AuthMatrix(
            schemes: [
                AuthMatrix.Scheme("Token", .bearer, raises: [418]),
                AuthMatrix.Scheme("Key \"quoted\" \\(x) */", .apiKey(.cookie, name: "k-ey"), csrf: true),
                AuthMatrix.Scheme("Admin", .session(cookie: "sid", role: .superuser), csrf: true),
                AuthMatrix.Scheme("Who", .custom),
                AuthMatrix.Scheme("Pass", .basic),
                AuthMatrix.Scheme("Query", .apiKey(.query, name: "key")),
            ],
            operations: [
                AuthMatrix.Operation("getPet", ["GET", "PUT"], "/api/pets/{id}", auth: ["Token", "Key \"quoted\" \\(x) */", "Admin", "Who", "Pass", "Query"]),
                AuthMatrix.Operation("open", ["GET"], "/api/open"),
            ]
        )
        """#)
    }

    /// A list tries its schemes in order; the first to accept gives the identity.
    @Test func aSchemeList() throws {
        #expect(try declaration("public enum SchemeLists", in: "Sources/ShopAPI/Schemes.swift", of: Self.petSpec) == #"""
        public enum SchemeLists {
            /// `AuthBearer`, then `HeaderKey`: the first that accepts gives the identity; 401 when none does.
            public enum AuthBearerOrHeaderKey {
                public typealias Identity = Swift.String

                @_spi(Generated) public static func authenticate(with authenticators: some AuthenticatorsProtocol) -> Hattori.OperationRoute.Authenticate<Identity> {
                    return { request in
                        if let identity = try await Schemes.AuthBearer.authenticate(request, authenticators) {
                            Hattori.AuthTrace.admitted(by: "AuthBearer")
                            return identity
                        }
                        if let identity = try await Schemes.HeaderKey.authenticate(request, authenticators) {
                            Hattori.AuthTrace.admitted(by: "HeaderKey")
                            return identity
                        }
                        throw Hattori.AuthenticationError()
                    }
                }
            }
        }
        """#)
    }

    /// A list's 401 is its first documenting scheme's (MyAuth's hook); a 401 declared without a
    /// body has none; a scheme that declares nothing sends the default.
    @Test func schemeListsWithDeclaredRefusals() throws {
        #expect(try declaration("public enum SchemeLists", in: "Sources/ShopAPI/Schemes.swift", of: Self.refusalSpec) == #"""
        public enum SchemeLists {
            /// `MyAuth`, then `Other`: the first that accepts gives the identity; 401 when none does.
            public enum MyAuthOrOther {
                public typealias Identity = Swift.String

                @_spi(Generated) public static func authenticate(with authenticators: some AuthenticatorsProtocol) -> Hattori.OperationRoute.Authenticate<Identity> {
                    return { request in
                        if let identity = try await Schemes.MyAuth.authenticate(request, authenticators) {
                            Hattori.AuthTrace.admitted(by: "MyAuth")
                            return identity
                        }
                        if let identity = try await Schemes.Other.authenticate(request, authenticators) {
                            Hattori.AuthTrace.admitted(by: "Other")
                            return identity
                        }
                        throw await Hattori.AuthRefusal.unauthorized(request, scheme: "MyAuth") { try await authenticators.myAuthUnauthorized(request: request) }
                    }
                }
            }

            /// `Quiet`: its identity, or 401 when it denies.
            public enum Quiet {
                public typealias Identity = Swift.String

                @_spi(Generated) public static func authenticate(with authenticators: some AuthenticatorsProtocol) -> Hattori.OperationRoute.Authenticate<Identity> {
                    return { request in
                        if let identity = try await Schemes.Quiet.authenticate(request, authenticators) {
                            Hattori.AuthTrace.admitted(by: "Quiet")
                            return identity
                        }
                        throw Hattori.AuthRefusal.empty(.unauthorized)
                    }
                }
            }

            /// `Session`: its identity, or 401 when it denies.
            public enum Session {
                public typealias Identity = Hattori.SessionUser

                @_spi(Generated) public static func authenticate(with authenticators: some AuthenticatorsProtocol) -> Hattori.OperationRoute.Authenticate<Identity> {
                    return { request in
                        if let identity = try await Schemes.Session.authenticate(request, authenticators) {
                            Hattori.AuthTrace.admitted(by: "Session")
                            return identity
                        }
                        throw Hattori.AuthenticationError()
                    }
                }
            }
        }
        """#)
    }

    /// A scheme whose 403 has a body turns `AuthorizationError` into that body's answer.
    @Test func aSchemeWithADeclared403() throws {
        #expect(try declaration("public enum MyAuth", in: "Sources/ShopAPI/Schemes.swift", of: Self.refusalSpec) == #"""
            public enum MyAuth {
                public static func authenticate(_ request: Hattori.AuthRequest, _ authenticators: some AuthenticatorsProtocol) async throws -> Swift.String? {
                    do {
                        guard let token = Hattori.Credentials.bearer(request) else { return nil }
                        return try await authenticators.myAuth(token: token, request: request)
                    } catch let refusal as Hattori.AuthorizationError {
                        throw await Hattori.AuthRefusal.forbidden(refusal, request, scheme: "MyAuth") { try await authenticators.myAuthForbidden($0, request: request) }
                    }
                }
            }
        """#)
    }

    /// The stubs' contract, written once on the protocol they implement (not in every stub).
    @Test func theAuthenticatorsProtocol() throws {
        #expect(try declaration("public protocol AuthenticatorsProtocol", in: "Sources/ShopAPI/Schemes.swift", of: Self.petSpec, withDoc: true) == #"""
        /// The authenticator stubs the spec's schemes call: `Authenticators` (in `Sources/Shop/Auth/`) implements them.
        ///
        /// Each stub returns the caller's identity (any value, even "" or 0, counts as authenticated), or
        /// nil to deny: the next scheme of the operation is tried, and 401 is sent when none accepts.
        /// Throw `AuthorizationError()` for 403, or one of the spec's exceptions for its own answer.
        /// Compare secrets with `ConstantTime.equal`. A stub as gen created it denies every request.
        ///
        /// A scheme that declares a body for its 401 or 403 (`responses:`) has a stub that builds it. The
        /// status stays what it is whatever that stub returns; while it throws (as gen created it, it
        /// does), the answer carries the default `{"detail": …}` body and the server logs why.
        public protocol AuthenticatorsProtocol: Sendable {
            /// The stub of `AuthBearer`. Checks the token of `Authorization: Bearer <token>`.
            func authBearer(token: String, request: AuthRequest) async throws -> String?
            /// The stub of `HeaderKey`. Checks the API key sent in header `X-API-Key`.
            func headerKey(key: String, request: AuthRequest) async throws -> String?
        }
        """#)
    }

    /// The user's stub, created once: it denies until filled in.
    @Test func anAuthenticatorStub() throws {
        #expect(try file("Sources/Shop/Auth/AuthBearer.swift", of: Self.petSpec) == #"""
        // Created by gen; this file is yours: gen never overwrites it.
        import Hattori
        import ShopAPI

        extension Authenticators {
            /// The stub of `AuthBearer`. Checks the token of `Authorization: Bearer <token>`.
            func authBearer(token: String, request: AuthRequest) async throws -> String? {
                nil  // denies every request until filled in: return the caller's identity to accept
            }
        }
        """#)
    }

    /// The user's refusal-body hooks, created once: they fail closed (the default body).
    @Test func refusalBodyHooks() throws {
        let files = try render(Self.refusalSpec)
        #expect(files.first { $0.path == "Sources/Shop/Auth/MyAuth.responses.swift" }?.ownership == .user)
        #expect(!files.contains { $0.path.hasSuffix("Quiet.responses.swift") }, "Quiet's 401 has no body to build")
        #expect(try file("Sources/Shop/Auth/MyAuth.responses.swift", of: Self.refusalSpec) == #"""
        // Created by gen; this file is yours: gen never overwrites it.
        import Hattori
        import ShopAPI

        extension Authenticators {
            /// The body of the 401 that `MyAuth` declares, sent when no scheme of an operation accepts the request and `MyAuth` is the first of them that documents errors.
            func myAuthUnauthorized(request: AuthRequest) async throws -> Coded {
                throw HTTPDetailError(.notImplemented, detail: "myAuthUnauthorized is not implemented yet")  // the default body until filled in
            }

            /// The body of the 403 that `MyAuth` declares, sent when its check throws `AuthorizationError` (`refusal.detail` is what it gave).
            func myAuthForbidden(_ refusal: AuthorizationError, request: AuthRequest) async throws -> Coded {
                throw HTTPDetailError(.notImplemented, detail: "myAuthForbidden is not implemented yet")  // the default body until filled in
            }
        }
        """#)
    }

    /// The user's handler stubs, created once: each answers 501 until filled in.
    @Test func handlerStubs() throws {
        #expect(try file("Sources/Shop/Handlers/RootHandlers.swift", of: Self.petSpec) == #"""
        // Created by gen; this file is yours: gen never overwrites it.
        import Hattori
        import ShopAPI

        extension Handlers {
            /// `GET /api/pets/{id}`
            func getPet(_ input: Operations.GetPet.Input, context: OperationContext) async throws -> Operations.GetPet.Output {
                throw HTTPDetailError(.notImplemented, detail: "getPet is not implemented yet")  // 501 until filled in
            }
        }
        """#)
    }

    @Test func exceptionAnswers() throws {
        #expect(try declaration("extension Routes", in: "Sources/ShopAPI/Exceptions.swift", of: Self.refusalSpec) == #"""
        extension Routes {
            /// The answer to an error that is one of the spec's exceptions; nil for any other error.
            static func exceptionResponse(for error: any Swift.Error, handlers: some ExceptionHandling, context: Hattori.OperationContext) async throws -> Hummingbird.Response? {
                switch error {
                case let error as Gone:
                    return Hattori.JSONResponse.make(status: .init(code: 410), body: try await handlers.handle(error, context: context),
                                                     from: context.request, context: context.requestContext)
                default:
                    return nil
                }
            }
        }
        """#)
    }

    /// Each constrained field's constraints are built once, as a static constant, and checked as
    /// the field is decoded.
    @Test func aModelWithConstraints() throws {
        #expect(try file("Sources/ShopAPI/Models/Page.model.swift", of: Self.constraintSpec) == #"""
        // Generated by gen (Hattori) from api.yaml. DO NOT EDIT.
        // gen rewrites this file: change the spec and run gen again.
        import Foundation
        @_spi(Generated) import Hattori

        public struct Page: Codable, Hashable, Sendable {
            public var size: Swift.Int
            public var code: Swift.String
            public var tags: [Swift.String]

            public init(size: Swift.Int = 20, code: Swift.String, tags: [Swift.String]) {
                self.size = size
                self.code = code
                self.tags = tags
            }

            public enum CodingKeys: Swift.String, CodingKey {
                case size
                case code
                case tags
            }

            /// What the fields' values must satisfy besides their types: the spec's constraints.
            static let _sizeConstraints = Hattori.Constraints(ge: .int(1), le: .int(100))
            static let _codeConstraints = Hattori.Constraints(pattern: .init("^[A-Z]+$"))
            static let _tagsConstraints = Hattori.Constraints(maxLength: 3)

            /// Decodes every field, collecting each invalid one for the 422 answer.
            public init(from _decoder: any Swift.Decoder) throws {
                var _fields = try Hattori.FieldDecoder(_decoder, keyedBy: CodingKeys.self)
                let size = _fields.defaulted(Swift.Int.self, .size, checking: Self._sizeConstraints) ?? 20
                let code = _fields.required(Swift.String.self, .code, checking: Self._codeConstraints)
                let tags = _fields.required([Swift.String].self, .tags, checking: Self._tagsConstraints)
                guard let code, let tags, _fields.isValid else { throw _fields.failure }
                self.init(size: size, code: code, tags: tags)
            }

            /// Encodes every field; absent optionals are written as `null`, as Django Ninja does.
            public func encode(to _encoder: any Swift.Encoder) throws {
                var _container = _encoder.container(keyedBy: CodingKeys.self)
                try _container.encode(self.size, forKey: .size)
                try _container.encode(self.code, forKey: .code)
                try _container.encode(self.tags, forKey: .tags)
            }
        }

        extension Page: Hattori.JSONWritable {
            /// Writes what `encode(to:)` encodes without response options, without an encoder: the same
            /// bytes, the keys in the order `JSONEncoder` sorts them.
            public func writeJSON(to _writer: inout Hattori.JSONWriter) throws {
                try _writer.beginObject()
                _writer.append("\"code\":")
                try _writer.write(self.code, as: Swift.String.self)
                _writer.append(",\"size\":")
                try _writer.write(self.size, as: Swift.Int.self)
                _writer.append(",\"tags\":")
                try _writer.write(self.tags, as: [Swift.String].self)
                _writer.endObject()
            }
        }
        """#)
    }

    @Test func parametersWithConstraints() throws {
        #expect(try declaration("extension Operations.Search.Input", in: "Sources/ShopAPI/Operations/Root.swift", of: Self.constraintSpec) == #"""
        extension Operations.Search.Input {
            /// What the parameters' values must satisfy besides their types: the spec's constraints.
            static let _pathIdConstraints = Hattori.Constraints(gt: .int(0))
            static let _queryQConstraints = Hattori.Constraints(minLength: 2)
            static let _queryCentsConstraints = Hattori.Constraints(multipleOf: .number(0.01))

            /// Reads and validates the request; throws a 422 `ValidationFailure` naming every bad field.
            init(decoding _input: inout Hattori.InputDecoder) throws {
                let pathId = _input.path("id", as: Swift.Int.self, checking: Self._pathIdConstraints)
                let queryQ = _input.query("q", as: Swift.String.self, required: false, checking: Self._queryQConstraints)
                let queryCents = _input.query("cents", as: Swift.Double.self, required: false, checking: Self._queryCentsConstraints) ?? 0.0
                guard let pathId, _input.isValid else { throw _input.failure }
                self.init(path: .init(id: pathId), query: .init(q: queryQ, cents: queryCents))
            }
        }
        """#)
    }
    /// A discriminated union and a smart one (members tried in order).
    static let unionSpec = #"""
        schemas:
          Cat: {fields: {kind: {enum: [cat]}, meows: bool}}
          Dog: {fields: {kind: {enum: [dog]}, barks: bool}}
          Pet: {oneOf: [Cat, Dog], discriminator: kind, description: "A cat or a \"dog\"."}
          Either: {oneOf: [Cat, Dog]}
        """#

    @Test func aDiscriminatedUnion() throws {
        #expect(try file("Sources/ShopAPI/Models/Pet.model.swift", of: Self.unionSpec) == #"""
        // Generated by gen (Hattori) from api.yaml. DO NOT EDIT.
        // gen rewrites this file: change the spec and run gen again.
        import Foundation
        @_spi(Generated) import Hattori

        /// A cat or a "dog".
        public indirect enum Pet: Codable, Hashable, Sendable {
            case cat(Cat)
            case dog(Dog)

            /// Decodes the member that `kind` names; a 422 says which tag or member field was wrong.
            public init(from decoder: any Swift.Decoder) throws {
                self = try Hattori.UnionDecoder.decode(decoder, discriminator: "kind", members: [
                    ("cat", { .cat(try Cat(from: $0)) }),
                    ("dog", { .dog(try Dog(from: $0)) }),
                ])
            }

            /// Encodes the member as it is: the union adds nothing around it.
            public func encode(to encoder: any Swift.Encoder) throws {
                switch self {
                case .cat(let member): try member.encode(to: encoder)
                case .dog(let member): try member.encode(to: encoder)
                }
            }
        }

        extension Pet: Hattori.JSONWritable {
            /// Writes the member's JSON, as `encode(to:)` encodes it, without an encoder.
            public func writeJSON(to _writer: inout Hattori.JSONWriter) throws {
                switch self {
                case .cat(let member): try member.writeJSON(to: &_writer)
                case .dog(let member): try member.writeJSON(to: &_writer)
                }
            }
        }
        """#)
    }

    @Test func aSmartUnion() throws {
        #expect(try declaration("public indirect enum Either", in: "Sources/ShopAPI/Models/Either.model.swift", of: Self.unionSpec) == #"""
        public indirect enum Either: Codable, Hashable, Sendable {
            case cat(Cat)
            case dog(Dog)

            /// Decodes the first member that matches, in order; a 422 names what each member found wrong.
            public init(from decoder: any Swift.Decoder) throws {
                self = try Hattori.UnionDecoder.decode(decoder, members: [
                    ("Cat", { .cat(try Cat(from: $0)) }),
                    ("Dog", { .dog(try Dog(from: $0)) }),
                ])
            }

            /// Encodes the member as it is: the union adds nothing around it.
            public func encode(to encoder: any Swift.Encoder) throws {
                switch self {
                case .cat(let member): try member.encode(to: encoder)
                case .dog(let member): try member.encode(to: encoder)
                }
            }
        }
        """#)
    }
    /// Declared response headers (a struct per status, named apart from a schema it would
    /// shadow), a download of text and an image of bytes.
    /// A status with several media types is a case each; a class of statuses carries the status
    /// the handler picks, checked against those the operation leaves to it.
    @Test func outputsByMediaTypeAndClassOfStatuses() throws {
        let spec = #"""
            schemas:
              Pet: {fields: {name: string}}
            operations:
              sheet:
                method: GET
                path: /sheet/{id}
                params: {id: {in: path, type: int}}
                responses:
                  200: {content: {application/json: Pet, application/x-pkcs12: null}, headers: {ETag: string}}
                  404: Pet
                  4XX: {content: application/problem+json, body: Pet}
                  codes_5xx: null
            """#
        #expect(try declaration("public enum Output", in: "Sources/ShopAPI/Operations/Root.swift", of: spec) == #"""
                    public enum Output: Hattori.OperationOutput {
                        /// 200
                        case okJson(Pet, headers: OkHeaders)
                        /// 200
                        case okPkcs12(Foundation.Data, headers: OkHeaders)
                        /// 404
                        case notFound(Pet)
                        /// 4XX
                        case clientError(status: Swift.Int, Pet)
                        /// codes_5xx
                        case serverError(status: Swift.Int)

                        public func response(from request: Hummingbird.Request, context: some Hummingbird.RequestContext) -> Hummingbird.Response {
                            switch self {
                            case .okJson(let body, let headers): return Hattori.JSONResponse.make(status: .init(code: 200), body: body, headers: OkHeaders.httpFields(of: headers), from: request, context: context)
                            case .okPkcs12(let data, let headers): return Hattori.MediaResponse.bytes(status: .init(code: 200), data, mediaType: "application/x-pkcs12", headers: OkHeaders.httpFields(of: headers))
                            case .notFound(let body): return Hattori.JSONResponse.make(status: .init(code: 404), body: body, from: request, context: context)
                            case .clientError(let code, let body): return Self._clientErrorStatuses.respond(code, context: context) { status in Hattori.JSONResponse.make(status: status, body: body, mediaType: "application/problem+json", from: request, context: context) }
                            case .serverError(let code): return Self._serverErrorStatuses.respond(code, context: context) { status in Hattori.JSONResponse.empty(status: status) }
                            }
                        }

                        /// The statuses of `clientError` (4XX): the class's that nothing else of this operation answers.
                        static let _clientErrorStatuses = Hattori.DeclaredStatuses(400...499, except: [404, 422])

                        /// The statuses of `serverError` (codes_5xx): the class's that nothing else of this operation answers.
                        static let _serverErrorStatuses = Hattori.DeclaredStatuses([500, 501, 502, 503, 504])

                        /// The headers of the `okJson` and `okPkcs12` responses.
                        public struct OkHeaders: Hashable, Sendable {
                            public var eTag: Swift.String

                            public init(eTag: Swift.String) {
                                self.eTag = eTag
                            }

                            /// The header fields sent: each declared header, but an absent optional one.
                            public static func httpFields(of headers: Self) -> Hummingbird.HTTPFields {
                                var fields = Hummingbird.HTTPFields()
                                fields.append(header: "ETag", headers.eTag)
                                return fields
                            }
                        }
                    }
            """#)
    }

    @Test func outputsWithHeadersAndMediaTypes() throws {
        let spec = #"""
            schemas:
              Pet: {fields: {name: string}}
              OkHeaders: {fields: {a: int}}
            operations:
              listPets:
                method: GET
                path: /pets
                responses:
                  200:
                    body: OkHeaders
                    headers:
                      X-Total-Count: {type: int, description: "How many \"pets\"."}
                      X-Next: url?
                  204: {headers: {Retry-After: int}}
                  206: {content: text/csv, filename: pets.csv}
                  207: {content: image/png}
            """#
        #expect(try declaration("public enum Output", in: "Sources/ShopAPI/Operations/Root.swift", of: spec) == #"""
                    public enum Output: Hattori.OperationOutput {
                        /// 200
                        case ok(OkHeaders, headers: OkResponseHeaders)
                        /// 204
                        case noContent(headers: NoContentHeaders)
                        /// 206
                        case partialContent(Swift.String)
                        /// 207
                        case status207(Foundation.Data)

                        public func response(from request: Hummingbird.Request, context: some Hummingbird.RequestContext) -> Hummingbird.Response {
                            switch self {
                            case .ok(let body, let headers): return Hattori.JSONResponse.make(status: .init(code: 200), body: body, headers: OkResponseHeaders.httpFields(of: headers), from: request, context: context)
                            case .noContent(let headers): return Hattori.JSONResponse.empty(status: .init(code: 204), headers: NoContentHeaders.httpFields(of: headers))
                            case .partialContent(let text): return Hattori.MediaResponse.text(status: .init(code: 206), text, mediaType: "text/csv", filename: "pets.csv")
                            case .status207(let data): return Hattori.MediaResponse.bytes(status: .init(code: 207), data, mediaType: "image/png")
                            }
                        }

                        /// The headers of the `ok` response.
                        public struct OkResponseHeaders: Hashable, Sendable {
                            /// How many "pets".
                            public var xTotalCount: Swift.Int
                            public var xNext: Foundation.URL?

                            public init(xTotalCount: Swift.Int, xNext: Foundation.URL? = nil) {
                                self.xTotalCount = xTotalCount
                                self.xNext = xNext
                            }

                            /// The header fields sent: each declared header, but an absent optional one.
                            public static func httpFields(of headers: Self) -> Hummingbird.HTTPFields {
                                var fields = Hummingbird.HTTPFields()
                                fields.append(header: "X-Total-Count", headers.xTotalCount)
                                fields.append(header: "X-Next", headers.xNext)
                                return fields
                            }
                        }

                        /// The headers of the `noContent` response.
                        public struct NoContentHeaders: Hashable, Sendable {
                            public var retryAfter: Swift.Int

                            public init(retryAfter: Swift.Int) {
                                self.retryAfter = retryAfter
                            }

                            /// The header fields sent: each declared header, but an absent optional one.
                            public static func httpFields(of headers: Self) -> Hummingbird.HTTPFields {
                                var fields = Hummingbird.HTTPFields()
                                fields.append(header: "Retry-After", headers.retryAfter)
                                return fields
                            }
                        }
                    }
            """#)
    }
    /// `validation_error`: a hook on `ExceptionHandling` builds the API's own body for invalid input.
    @Test func theValidationAnswer() throws {
        let spec = """
            schemas:
              Errors: {fields: {errors: "{string: [string]}"}}
            validation_error: {status: 400, body: Errors}
            operations:
              find: {method: GET, path: /find, params: {q: string}, responses: {200: string}}
            """
        #expect(try declaration("public protocol ExceptionHandling", in: "Sources/ShopAPI/Exceptions.swift", of: spec) == #"""
            public protocol ExceptionHandling: Sendable {
                /// The body of the 400 answer to invalid input, instead of the default 422.
                ///
                /// `error.issues` lists every problem: `type`, `loc`, `msg` and `ctx` (`issue.json` as the 422 writes it).
                func handle(_ error: ValidationFailure, context: OperationContext) async throws -> Errors
            }
            """#)
        #expect(try declaration("static func exceptionResponse", in: "Sources/ShopAPI/Exceptions.swift", of: spec) == #"""
                static func exceptionResponse(for error: any Swift.Error, handlers: some ExceptionHandling, context: Hattori.OperationContext) async throws -> Hummingbird.Response? {
                    switch error {
                    case let error as Hattori.ValidationFailure:
                        return Hattori.JSONResponse.make(status: .init(code: 400), body: try await handlers.handle(error, context: context),
                                                         from: context.request, context: context.requestContext)
                    default:
                        return nil
                    }
                }
            """#)
    }
}
