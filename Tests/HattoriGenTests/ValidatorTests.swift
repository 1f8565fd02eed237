import Testing
@testable import HattoriGen

@Suite("Validate: one test per error kind, asserting message and location")
struct ValidatorTests {
    @Test func undefinedSchemaReferenceSuggestsTheDeclaredOne() {
        let found = only("""
            schemas:
              Pet: {fields: {name: string}}
            operations:
              getPet: {method: GET, path: /pet, responses: {200: Pte}}
            """)
        #expect(found?.message == "unknown schema 'Pte'")
        #expect(found?.hint == "did you mean 'Pet'?")
        #expect(found?.location.line == 6)
    }

    /// Aliases are schema fields' keys: one key per field, not on a union's discriminator nor on
    /// form fields, and the document's alias form of a schema must not take another's name.
    @Test func aliasesAreKeysOfSchemaFieldsOnly() {
        let found = diagnostics(spec("""
            schemas:
              Page: {fields: {size: {type: int, alias: limit}, limit: int, empty: {type: int, alias: ""}}}
              PageByAlias: {fields: {a: int}}
              Cat: {fields: {kind: {enum: [cat], alias: type}}}
              Dog: {fields: {kind: {enum: [dog]}}}
              Pet: {oneOf: [Cat, Dog], discriminator: kind}
            operations:
              a: {method: POST, path: /a, form: {name: {type: string, alias: n}}, exclude_none: true, responses: {200: Page}}
            """))
        #expect(found.map(\.message).sorted() == [
            "schema 'Page': 'limit' is read under 'limit', as 'size' is",
            "the alias of schema 'Page': 'empty' is empty",
            "schema 'Page' holds fields with aliases, so the document also describes it as 'PageByAlias', the name of another schema",
            "schema 'Cat': 'kind' tells a union's members apart and cannot have an alias",
            "operation 'a' form: 'name' has an 'alias'; only schema fields have one",
        ].sorted(), "\(found.map(\.message))")
    }

    /// A realm goes in an HTTP scheme's challenge, inside a quoted string.
    @Test func aRealmBelongsToHTTPSchemesAndIsAQuotedStringsText() {
        let found = diagnostics(spec("""
            schemes:
              Key: {kind: APIKeyHeader, param: X-Key, realm: keys}
              Basic: {kind: HttpBasicAuth, realm: 'say "hi"'}
              Bearer: {kind: HttpBearer, realm: api}
            """))
        #expect(found.map(\.message) == [
            "'realm' applies to HTTP schemes (basic, bearer): it goes in their WWW-Authenticate challenge",
            "'say \"hi\"' cannot be a realm",
        ])
        #expect(found.map(\.location.line) == [4, 5])
    }

    @Test func undefinedAuthSchemeReference() {
        let found = only("""
            schemes:
              AuthBearer: {kind: bearer}
            auth: AuthBaerer
            """)
        #expect(found?.message == "unknown auth scheme 'AuthBaerer'")
        #expect(found?.hint == "did you mean 'AuthBearer'?")
        #expect(found?.location.line == 5)
    }

    @Test func undefinedExceptionReference() {
        let found = only("""
            operations:
              a: {method: GET, path: /a, responses: {200: string}, throws: [NotThere]}
            """)
        #expect(found?.message == "unknown exception 'NotThere'")
    }

    @Test func duplicateOperationNamesAcrossRouters() {
        let found = only("""
            operations:
              ping: {method: GET, path: /ping, responses: {200: string}}
            routers:
              r:
                prefix: /r
                operations:
                  ping: {method: GET, path: /ping, responses: {200: string}}
            """)
        #expect(found?.message == "duplicate operation name 'ping'")
        #expect(found?.location.line == 9)
        #expect(found?.hint?.contains("api.yaml:4:3") == true)
    }

    @Test func duplicateMethodAndPathEvenWithOtherParameterNames() {
        let found = only("""
            operations:
              a: {method: GET, path: "/pets/{id}", params: {id: {in: path, type: int}}, responses: {200: string}}
              b: {method: [POST, GET], path: "/pets/{key}", params: {key: {in: path, type: int}}, responses: {200: string}}
            """)
        #expect(found?.message == "GET /api/pets/{key} is already served by operation 'a'")
        #expect(found?.location.line == 5)
    }

    @Test func pathParameterMissingFromThePath() {
        let found = only("""
            operations:
              a: {method: GET, path: /pets, params: {id: {in: path, type: int}}, responses: {200: string}}
            """)
        #expect(found?.message == "parameter 'id' of operation 'a' is declared 'in: path' but the path has no '{id}'")
    }

    @Test func undeclaredPathParameter() {
        let found = only("""
            operations:
              a: {method: GET, path: "/pets/{id}", responses: {200: string}}
            """)
        #expect(found?.message == "path parameter '{id}' of operation 'a' is not declared")
        #expect(found?.hint == "add under 'params:' → 'id: {in: path, type: string}'")
    }

    @Test func invalidStatusCode() {
        let found = only("""
            operations:
              a: {method: GET, path: /a, responses: {600: string}}
            """)
        #expect(found?.message == "600 is not an HTTP status code")
        #expect(found?.location.line == 4)
    }

    @Test func bodyOnABodilessStatus() {
        let found = only("""
            operations:
              a: {method: DELETE, path: /a, responses: {204: string}}
            """)
        #expect(found?.message == "status 204 cannot have a body")
    }

    @Test func invalidHTTPMethodSuggestsTheClosest() {
        let found = only("""
            operations:
              a: {method: GTE, path: /a, responses: {200: string}}
            """)
        #expect(found?.message == "'GTE' is not an HTTP method")
        #expect(found?.hint == "did you mean 'GET'?")
    }

    @Test func namesThatCannotBecomeIdentifiers() {
        let found = only("""
            operations:
              "$$$": {method: GET, path: /a, responses: {200: string}}
            """)
        #expect(found?.message == "operation name '$$$' cannot become a Swift identifier")
    }

    @Test func namesThatCollideOnceMapped() {
        let found = only("""
            schemas:
              Pet:
                fields:
                  pet_id: int
                  petId: int
            """)
        #expect(found?.message == "schema 'Pet': 'petId' and 'pet_id' both become the Swift name 'petId'")
    }

    @Test func packageNameClashingWithADependency() {
        let found = diagnostics("hattori: 1\nname: Hummingbird\n")
        #expect(found.map(\.message) == ["the package name 'Hummingbird' clashes with a dependency of the generated package"])
    }

    @Test func packageNameThatIsNotAnIdentifier() {
        let found = diagnostics("hattori: 1\nname: my api\n")
        #expect(found.first?.message == "'my api' cannot be a Swift package and module name")
        #expect(found.first?.hint?.contains("'MyApi'") == true)
    }

    @Test func keywordsAndOddCharactersAreMappedNotRejected() {
        #expect(diagnostics(spec("""
            schemas:
              class: {fields: {default: string, self: int, x-y: bool, "1st": string}}
            operations:
              switch: {method: GET, path: /s, responses: {200: class}}
            """)).isEmpty)
    }

    @Test func parameterTypesAreScalars() {
        let found = only("""
            schemas:
              Pet: {fields: {name: string}}
            operations:
              a: {method: GET, path: /a, params: {pet: Pet}, responses: {200: string}}
            """)
        #expect(found?.message.hasPrefix("parameter 'pet' of operation 'a' has type Pet") == true)
    }

    @Test func defaultsMustFitTheirType() {
        let found = only("""
            schemas:
              Page: {fields: {size: {type: int, default: many}}}
            """)
        #expect(found?.message == "the default of schema 'Page': 'size' is not a value of type int")
    }

    @Test func schemeOptionsMustFitTheKind() {
        let found = diagnostics(spec("""
            schemes:
              A: {kind: bearer, param: token}
              B: {kind: apikey}
              C: {kind: basic, csrf: false}
              D: {kind: session, identity: string}
              E: {kind: custom, in: header}
              F: {kind: APIKeyCookie, cookie: token, realm: keys}
              G: {kind: session, cookie: sessionid, param: key}
            """))
        #expect(found.map(\.message) == [
            "'param' applies to API key schemes only, not to bearer",
            "scheme 'B' is an API key but does not say where it is sent",
            "'csrf' applies to cookie-based schemes only",
            "the identity of a session scheme is the logged-in user; 'identity' cannot be set",
            "'in' applies to API key schemes only, not to custom",
            "'cookie' applies to session schemes only; an API key in a cookie names it with 'param'",
            "'realm' applies to HTTP schemes (basic, bearer): it goes in their WWW-Authenticate challenge",
            "'param' applies to API key schemes only, not to session",
        ])
    }

    @Test func sharedImplementationsMustReceiveTheSameCredential() {
        let found = only("""
            schemes:
              QueryKey: {kind: APIKeyQuery, implementation: AuthCheck}
              Basic: {kind: basic, implementation: AuthCheck}
            """)
        #expect(found?.message.contains("shares implementation 'AuthCheck' with 'QueryKey'") == true)
    }

    /// Once the spec is valid: a status with a body from one source and none from another cannot be documented.
    @Test func aStatusCannotHaveABodyAndNone() {
        let found = diagnostics(spec("""
            schemas:
              Out: {fields: {detail: string}}
            schemes:
              Token: {kind: bearer}
              Quiet: {kind: bearer, responses: {401: {description: No body.}}}
            operations:
              mine: {method: GET, path: /mine, auth: Token, responses: {200: string, 401: null}}
              listed: {method: GET, path: /listed, auth: [Quiet, Token], responses: {200: string}}
              fine: {method: GET, path: /fine, auth: Quiet, responses: {200: string}}
            """))
        #expect(found.map(\.message) == [
            "status 401 of operation 'listed' has no body from scheme 'Quiet', but a body from the default 401 of scheme 'Token'",
            "status 401 of operation 'mine' has no body from operation 'mine', but a body from the default 401 of scheme 'Token'",
        ])
        #expect(found.map(\.location.line) == [7, 9])
    }

    /// Names become file and folder names, which have at most 255 bytes; the limit is gen's 200.
    @Test func namesTooLongForAFile() {
        let long = String(repeating: "x", count: 201)
        let found = diagnostics(spec("""
            schemes:
              ok: {kind: bearer, implementation: \(long)}
            routers:
              \(String(repeating: "r", count: 100)):
                routers:
                  \(String(repeating: "c", count: 100)):
                    operations:
                      ping: {method: GET, path: /ping, responses: {200: string}}
            exceptions:
              \(long): {status: 400}
            """))
        #expect(found.map(\.message) == [
            "implementation name '\(String(repeating: "x", count: 40))…' is too long: it would name a file or folder, and at 201 bytes it is longer than the 200 bytes gen allows (file names have at most 255)",
            "router '\(String(repeating: "c", count: 100))' name 'R\(String(repeating: "r", count: 39))…' is too long: it would name a file or folder, and at 203 bytes it is longer than the 200 bytes gen allows (file names have at most 255)",
            "exception name '\(String(repeating: "x", count: 40))…' is too long: it would name a file or folder, and at 201 bytes it is longer than the 200 bytes gen allows (file names have at most 255)",
        ])
        #expect(diagnostics(spec("schemas:\n  \(String(repeating: "s", count: 200)): {fields: {}}")).isEmpty)
    }

    /// `MyAuth`'s declared 401 body is built by `myAuthUnauthorized`, which a scheme of that name would also claim.
    @Test func refusalBodyStubsCannotShareANameWithAnotherStub() {
        let found = diagnostics(spec("""
            schemas:
              Out: {fields: {detail: string}}
            schemes:
              MyAuth: {kind: bearer, responses: {401: Out, 403: {description: "No body, no stub."}}}
              MyAuthUnauthorized: {kind: custom}
            """))
        #expect(found.map(\.message) == [
            "the 401 body of scheme 'MyAuth' is built by the stub 'myAuthUnauthorized', which is also the stub of scheme 'MyAuthUnauthorized'",
        ])
        #expect(found.first?.location.line == 6)
    }

    @Test func everyErrorIsReportedAtOnceInSourceOrder() {
        let found = diagnostics(spec("""
            titel: x
            operations:
              a: {method: GTE, path: /a, responses: {200: Nope}}
              b: {method: GET, path: "/b/{id}", responses: {999: string}}
            """))
        #expect(found.count == 5)
        #expect(found.map(\.location) == found.map(\.location).sorted())
    }
}

@Suite("Validate: auth declarations")
struct AuthValidationTests {
    @Test func emptyAuthListPointsAtTheList() {
        let found = diagnostics(spec("""
            operations:
              a: {method: GET, path: /a, auth: [], responses: {200: string}}
            """))
        #expect(found.map(\.message) == ["operation 'a' has an empty auth list"])
        #expect(found.first?.location.line == 4 && found.first?.location.column == 36)
        #expect(found.first?.hint == "write 'auth: null' to make it public")
    }

    @Test func aSchemeListedTwice() {
        let found = diagnostics(spec("""
            schemes: {A: {kind: bearer}}
            auth: [A, A]
            """))
        #expect(found.map(\.message) == ["the auth list of the API names 'A' twice"])
    }

    @Test func sessionSchemesAreBuiltIn() {
        let found = diagnostics(spec("""
            schemes:
              S: {kind: session, implementation: Mine}
              T: {kind: session-staff, cookie: other}
            """))
        #expect(found.map(\.message) == [
            "session schemes are built in and have no stub; 'implementation' cannot be set",
            "session scheme 'T' reads cookie 'other' but 'S' reads 'sessionid'",
        ])
    }

    @Test func aSchemaNamedLikeAnAliasIsTheSchema() throws {
        let api = try resolve(spec("""
            schemas:
              String: {fields: {value: string}}
            operations:
              a: {method: GET, path: /a, responses: {200: String, 201: string}}
            """))
        #expect(api.operations[0].responses.map(\.bodyType?.text) == ["String_", "Swift.String"])
    }

    @Test func operationsThatBecomeOneSwiftType() {
        let found = diagnostics(spec("""
            operations:
              get-pet: {method: GET, path: /a, responses: {200: string}}
              getPet: {method: GET, path: /b, responses: {200: string}}
            """))
        #expect(found.map(\.message) == ["operations 'getPet' and 'get-pet' both become the Swift name 'getPet'"])
    }

    @Test func informationalStatusesHaveNoBody() {
        let found = diagnostics(spec("""
            operations:
              a: {method: GET, path: /a, responses: {100: string, 200: string}}
            """))
        #expect(found.map(\.message) == ["status 100 cannot have a body"])
    }

    @Test func listsOfDifferentIdentityTypesBecomeAnEnum() throws {
        let api = try resolve(spec("""
            schemas:
              Client: {fields: {name: string}}
            schemes:
              Q: {kind: APIKeyQuery, identity: Client}
              H: {kind: APIKeyHeader}
            operations:
              a: {method: GET, path: /a, auth: [Q, H], responses: {200: string}}
            """))
        #expect(api.operations[0].schemes.map(\.specName) == ["Q", "H"])
        #expect(api.operations[0].auth?.sharedIdentity == nil)
        #expect(api.schemes.map(\.identityType.text) == ["Client", "Swift.String"])
    }
}

@Suite("Validate: field constraints")
struct ConstraintValidationTests {
    /// Each constraint applies to one kind of value; elsewhere it is an error at its key.
    @Test func constraintsOnTheWrongKindOfValue() {
        let found = diagnostics(spec("""
            schemas:
              Thing:
                fields:
                  name: {type: string, gt: 1}
                  count: {type: int, min_length: 2}
                  when: {type: date-time, pattern: x}
                  kind: {enum: [a, b], max_length: 1}
            """))
        #expect(found.map(\.message) == [
            "'gt' does not apply to schema 'Thing': 'name', of type string",
            "'min_length' does not apply to schema 'Thing': 'count', of type int",
            "'pattern' does not apply to schema 'Thing': 'when', of type date-time",
            "'max_length' does not apply to schema 'Thing': 'kind', of type an enum",
        ])
        #expect(found.map(\.location.line) == [6, 7, 8, 9])
        #expect(found.first?.location.column == 28, "the key itself")
    }

    @Test func constraintsNoValueCanSatisfy() {
        let found = diagnostics(spec("""
            operations:
              a:
                method: GET
                path: /a
                params:
                  n: {type: int, ge: 10, le: 5}
                  m: {type: number, gt: 1, lt: 1}
                  s: {type: string, min_length: 3, max_length: 2}
                  d: {type: number, multiple_of: 0}
                  i: {type: int, gt: 0.5}
                responses: {200: string}
            """))
        #expect(found.map(\.message) == [
            "no value satisfies the bounds of operation 'a': 'n'",
            "no value satisfies the bounds of operation 'a': 'm'",
            "no value satisfies the lengths of operation 'a': 's': at least 3 and at most 2",
            "'multiple_of' of operation 'a': 'd' must be greater than 0",
            "the bounds of operation 'a': 'i' must be whole numbers, as it is an int",
        ])
        #expect(found.map(\.location.line) == [8, 9, 10, 11, 12])
    }

    /// The same code checks a default at generation time as checks a request at run time.
    @Test func aDefaultMustSatisfyItsConstraints() {
        let found = diagnostics(spec("""
            schemas:
              Page:
                fields:
                  size: {type: int, ge: 1, default: 0}
                  code: {type: string, pattern: "^[A-Z]+$", default: abc}
                  tags: {type: "[string]", min_items: 1, default: []}
                  ok: {type: int, le: 5, default: 5}
            """))
        #expect(found.map(\.message) == [
            "the default of schema 'Page': 'size' breaks its constraints: Input should be greater than or equal to 1",
            "the default of schema 'Page': 'code' breaks its constraints: String should match pattern '^[A-Z]+$'",
            "the default of schema 'Page': 'tags' breaks its constraints: List should have at least 1 item after validation, not 0",
        ])
        #expect(found.map(\.location.line) == [6, 7, 8])
    }

    @Test func aPatternMustCompile() {
        let found = only("schemas:\n  T: {fields: {s: {type: string, pattern: \"a(b\"}}}")
        #expect(found?.message.hasPrefix("the pattern of schema 'T': 's' is not a valid regular expression") == true)
        #expect(found?.location.line == 4)
    }

    @Test func listLengthsHaveTwoSpellingsButOneAtATime() {
        #expect(diagnostics(spec("schemas:\n  T: {fields: {l: {type: \"[int]\", min_length: 1, max_items: 3}}}")).isEmpty)
        #expect(only("schemas:\n  T: {fields: {l: {type: \"[int]\", min_length: 1, min_items: 2}}}")?.message
                == "schema 'T': 'l' has both 'min_length' and 'min_items'")
    }

    /// A `date`, `email` or `url` default is checked with the runtime's own syntax.
    @Test func textualDefaultsMustBeValid() {
        let found = diagnostics(spec("""
            schemas:
              T:
                fields:
                  day: {type: date, default: "2023-02-29"}
                  mail: {type: email, default: nobody}
                  site: {type: url, default: example.org}
                  fine: {type: date, default: "2024-02-29"}
            """))
        #expect(found.map(\.message) == [
            "the default of schema 'T': 'day' is not a value of type date",
            "the default of schema 'T': 'mail' is not a value of type email",
            "the default of schema 'T': 'site' is not a value of type url",
        ])
    }

    /// `date`, `email` and `url` came later than the other types: a schema of that name keeps it.
    @Test func aSchemaNamedLikeANewTypeKeepsItsName() throws {
        let api = try resolve(spec("schemas:\n  date: {fields: {day: int}}\n  Event: {fields: {on: date, at: email}}"))
        let event = try #require(api.schemas.first { $0.specName == "Event" })
        #expect(event.fields.map(\.swiftType.text) == ["Date_", "Hattori.EmailAddress"])
    }
    @Test func unionMembersAreObjectSchemasTwoOrMore() {
        let found = diagnostics(spec("""
            schemas:
              Color: {enum: [red]}
              Cat: {fields: {meows: bool}}
              Dog: {fields: {barks: bool}}
              Pet: {oneOf: [Cat, Color, Dgo]}
              Alone: {oneOf: [Cat]}
              Twice: {oneOf: [Cat, Cat]}
              Both: {fields: {a: int}, oneOf: [Cat, Dog]}
              Loose: {fields: {a: int}, discriminator: a}
            """))
        #expect(found.map(\.message) == [
            "'Color' cannot be a member of union 'Pet': members are object schemas (with 'fields')",
            "unknown schema 'Dgo' in union 'Pet'",
            "union 'Alone' has 1 member; a union needs two or more",
            "duplicate member 'Cat' of union 'Twice'",
            "schema 'Both' has 'fields' and 'oneOf'",
            "schema 'Loose' has a 'discriminator' but no 'oneOf'",
        ])
        #expect(found.map(\.location.line) == [7, 7, 8, 9, 10, 11])
    }

    @Test func aDiscriminatorIsARequiredOneValueFieldOfEachMember() {
        let found = diagnostics(spec("""
            schemas:
              Cat: {fields: {kind: {enum: [cat]}, meows: bool}}
              Dog: {fields: {kind: {enum: [dog, wolf]}}}
              Fox: {fields: {kind: {enum: [cat]}}}
              Owl: {fields: {kind: {enum: [owl], optional: true}}}
              Pet: {oneOf: [Cat, Dog, Fox, Owl], discriminator: kind}
            """))
        #expect(found.map(\.message) == [
            "members 'Cat' and 'Fox' of union 'Pet' both have 'kind' 'cat'",
            "member 'Dog' of union 'Pet' has no required field 'kind' with one value",
            "member 'Owl' of union 'Pet' has no required field 'kind' with one value",
        ])
        #expect(found.map(\.location.line) == [6, 8, 8], "the second value, and each member where the union names it")
        #expect(found.dropFirst().first?.hint == "give 'Dog' the field 'kind: {enum: [dog]}' (pydantic's Literal)")
    }
    /// `content:` as a mapping gives each media type its body; a class of statuses stands for the
    /// statuses of its class, on operations only.
    @Test func mediaTypesByStatusAndClassesOfStatuses() {
        let found = diagnostics(spec("""
            schemas:
              Pet: {fields: {name: string}}
            schemes:
              Token: {kind: bearer, responses: {4XX: Pet}}
            operations:
              a:
                method: GET
                path: /a
                responses:
                  200:
                    body: Pet
                    content: {application/json: Pet, text/csv: Pet, application/JSON: null}
                  201: {content: {}}
                  4XX: {content: {application/json: Pet, application/pdf: null}, filename: pet.pdf}
                  codes_4xx: Pet
                  1XX: Pet
                  6XX: Pet
            """))
        #expect(found.map(\.message) == [
            "scheme 'Token' declares the class 4XX: a scheme answers one status for each refusal",
            "response 200 of operation 'a' gives its bodies by media type under 'content'; 'body' says nothing more",
            "response 200 of operation 'a' is text/csv: its body is text (a String), not a Pet",
            "response 200 of operation 'a' declares the media type 'application/JSON' twice (as 'application/json')",
            "response 200 of operation 'a' is application/JSON but has no body type",
            "'content' of response 201 of operation 'a' maps no media type",
            "operation 'a' declares the statuses 4xx twice (4XX and codes_4xx)",
            "status 1XX cannot have a body",
            "'6XX' is not a class of statuses",
        ])
        #expect(found.map(\.location.line) == [6, 13, 14, 14, 14, 15, 17, 18, 19])
    }

    @Test func responseMediaTypesAndDownloads() {
        let found = diagnostics(spec("""
            schemas:
              Pet: {fields: {name: string}}
            operations:
              a:
                method: GET
                path: /a
                responses:
                  200: {content: text, filename: a.csv}
                  201: {content: text/csv, body: Pet}
                  202: {body: Pet, filename: pet.json}
                  203: {content: text/csv, filename: "../a'b.csv"}
                  204: {content: image/png}
                  206: {content: application/problem+json}
            """))
        #expect(found.map(\.message) == [
            "'text' is not a media type",
            "response 201 of operation 'a' is text/csv: its body is text (a String), not a Pet",
            "'filename' of response 202 of operation 'a' names a download; a JSON response is not one",
            "'../a'b.csv' cannot be a download's file name",
            "status 204 cannot have a body",
            "response 206 of operation 'a' is application/problem+json but has no 'body'",
        ])
        #expect(found.map(\.location.line) == [10, 11, 12, 13, 14, 15])
    }

    @Test func responseHeadersAreScalarTokensOnceEach() {
        let found = diagnostics(spec("""
            schemas:
              Pet: {fields: {name: string}}
            schemes:
              Key: {kind: bearer, responses: {401: {body: Pet, headers: {X-A: int}}}}
            operations:
              a:
                method: GET
                path: /a
                auth: Key
                responses:
                  200:
                    body: Pet
                    headers: {X-Count: int, x-count: int, Content-Type: string, "Bad Name": string, X-Pet: Pet, X-Tags: "[string]", X-Any: any}
                  201: {content: text/csv, filename: a.csv, headers: {Content-Disposition: string}}
            """))
        #expect(found.map(\.message) == [
            "'headers' of response 401 of scheme 'Key': a scheme's refusals are JSON, without headers of their own",
            "response 200 of operation 'a' declares header 'x-count' twice (as 'X-Count'); header names ignore case",
            "response 200 of operation 'a' cannot declare 'Content-Type': the server sets it",
            "'Bad Name' cannot be a header name",
            "header 'X-Pet' of response 200 of operation 'a' has type Pet; headers carry strings, numbers, booleans, dates, UUIDs, emails, URLs and enums",
            "header 'X-Tags' of response 200 of operation 'a' has type [string]; headers carry strings, numbers, booleans, dates, UUIDs, emails, URLs and enums",
            "header 'X-Any' of response 200 of operation 'a' has type any; headers carry strings, numbers, booleans, dates, UUIDs, emails, URLs and enums",
            "response 201 of operation 'a' has a 'filename', which sets 'Content-Disposition'",
        ])
    }
    @Test func theValidationAnswerIsAClientErrorWithABody() {
        let found = diagnostics(spec("""
            validation_error: {status: 500}
            """))
        #expect(found.map(\.message) == ["'validation_error' has no 'body'",
                                         "'validation_error' has status 500; invalid input is the client's error"])
        #expect(found.map(\.location.line) == [3, 3])
    }
    @Test func filesAreFormFieldsOnly() {
        let found = diagnostics(spec("""
            schemas:
              Pet: {fields: {photo: file}}
            operations:
              a:
                method: POST
                path: /a
                params: {doc: file}
                form: {photo: file, more: "[file]?", note: {type: file, max_length: 3}}
                responses: {200: {body: file}}
            """))
        #expect(found.map(\.message) == [
            "'file' is the type of uploaded files, which only form fields carry",
            "'file' is the type of uploaded files, which only form fields carry",
            "'max_length' does not apply to operation 'a' form: 'note', of type file",
            "'file' is the type of uploaded files, which only form fields carry",
        ])
        #expect(found.map(\.location.line) == [4, 9, 10, 11])
    }
}
