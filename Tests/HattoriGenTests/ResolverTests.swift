import Testing
@testable import HattoriGen

@Suite("Resolve: effective auth, full paths, tags")
struct ResolverTests {
    let api: ResolvedAPI

    init() throws {
        api = try resolve(spec("""
            schemes:
              GlobalAuth: {kind: bearer}
              BasicAuth: {kind: basic}
              QueryKey: {kind: APIKeyQuery, implementation: AuthCheck}
              HeaderKey: {kind: APIKeyHeader, implementation: AuthCheck}
            auth: GlobalAuth
            operations:
              secured: {method: GET, path: /secured, responses: {200: string}}
              token: {method: POST, path: /token, auth: null, responses: {200: string}}
              multiple: {method: GET, path: /multiple, auth: [QueryKey, HeaderKey], responses: {200: string}}
            routers:
              inherit:
                prefix: /inherit/
                tags: [inherit]
                operations:
                  inheritPing: {method: GET, path: /ping, tags: [extra], responses: {200: string}}
              open:
                prefix: /open/
                auth: null
                operations:
                  openPing: {method: GET, path: /ping, responses: {200: string}}
                  locked: {method: GET, path: /locked, auth: BasicAuth, responses: {200: string}}
                routers:
                  child:
                    prefix: /child/
                    operations:
                      childPing: {method: GET, path: /ping, responses: {200: string}}
              events:
                prefix: /events/
                auth: BasicAuth
                operations:
                  events: {method: GET, path: /, responses: {200: string}}
                  eventsPublic: {method: GET, path: /public, auth: null, responses: {200: string}}
            """))
    }

    func operation(_ name: String) -> ResolvedOperation? {
        api.operations.first { $0.specName == name }
    }

    /// The spec names of an operation's effective auth, in order; empty when public.
    func auth(_ name: String) -> [String]? {
        operation(name).map { $0.schemes.map(\.specName) }
    }

    /// An operation's own response options, else its router's, else the API's; a router's reach
    /// its own operations and not its routers' (as Django Ninja's `Router(exclude_none=True)`).
    @Test func responseOptionsComeFromTheOperationItsRouterOrTheAPI() throws {
        let api = try resolve(spec("""
            exclude_defaults: true
            schemas:
              Pet: {fields: {name: string?, legs: {type: int, default: 4}}}
              Owner: {fields: {pet: Pet}}
              Tag: {fields: {label: string}}
            operations:
              top: {method: GET, path: /top, responses: {200: Tag}}
            routers:
              pets:
                exclude_none: true
                operations:
                  a: {method: GET, path: /a, responses: {200: Owner}}
                  b: {method: GET, path: /b, exclude_none: false, exclude_unset: true, responses: {200: Pet}}
                routers:
                  toys:
                    operations:
                      c: {method: GET, path: /c, exclude_defaults: false, responses: {200: string}}
            """))
        let options = Dictionary(uniqueKeysWithValues: api.operations.map { ($0.specName, $0.responseOptions) })
        #expect(options["top"] == ResponseOptions(excludeDefaults: true))
        #expect(options["a"] == ResponseOptions(excludeNone: true, excludeDefaults: true))
        #expect(options["b"] == ResponseOptions(excludeUnset: true, excludeDefaults: true))
        #expect(options["c"] == ResponseOptions(), "not the pets router's, and its own turn the API's off")
        #expect(api.schemas.map(\.encodesWithOptions) == [true, true, true], "Pet through Owner")
        #expect(api.schemas.map(\.tracksUnset) == [true, false, false], "only what b writes")
    }

    @Test func apiDefaultAppliesWhereNothingOverrides() {
        #expect(auth("secured") == ["GlobalAuth"])
        #expect(auth("inheritPing") == ["GlobalAuth"])
    }

    @Test func operationNullMakesItPublic() {
        #expect(auth("token") == [])
        #expect(auth("eventsPublic") == [])
    }

    @Test func routerNullTurnsAuthOffForItsChildrenToo() {
        #expect(auth("openPing") == [])
        #expect(auth("childPing") == [])
    }

    @Test func operationAuthOverridesTheRouters() {
        #expect(auth("locked") == ["BasicAuth"])
        #expect(auth("multiple") == ["QueryKey", "HeaderKey"])
    }

    @Test func routerAuthOverridesTheAPIDefault() {
        #expect(auth("events") == ["BasicAuth"])
    }

    @Test func operationsWithTheSameSchemeListShareOneInFirstUseOrder() {
        #expect(api.schemeLists.map(\.typeName) == ["GlobalAuth", "QueryKeyOrHeaderKey", "BasicAuth"])
        #expect(operation("events")?.auth?.typeName == "BasicAuth")
        #expect(operation("locked")?.auth?.typeName == "BasicAuth")
        #expect(operation("token")?.auth == nil)
    }

    @Test func schemeListNamesThatCollideAreNumbered() throws {
        let api = try resolve(spec("""
            schemes:
              A: {kind: bearer}
              BOrC: {kind: bearer}
              AOrB: {kind: bearer}
              C: {kind: bearer}
            operations:
              one: {method: GET, path: /one, auth: [A, BOrC], responses: {200: string}}
              two: {method: GET, path: /two, auth: [AOrB, C], responses: {200: string}}
              three: {method: GET, path: /three, auth: [A, BOrC], responses: {200: string}}
            """))
        #expect(api.schemeLists.map(\.typeName) == ["AOrBOrC", "AOrBOrC2"])
    }

    @Test func identityTypesAreQualifiedWhereAListOrSchemeNameWouldShadowThem() throws {
        let api = try resolve(spec("""
            schemas:
              Identity: {fields: {name: string}}
              AOrB: {fields: {name: string}}
              Plain: {fields: {name: string}}
            schemes:
              A: {kind: bearer, identity: AOrB}
              B: {kind: bearer, identity: Identity}
              C: {kind: bearer, identity: Plain}
            operations:
              both: {method: GET, path: /both, auth: [A, B], responses: {200: string}}
              plain: {method: GET, path: /plain, auth: C, responses: {200: string}}
            """))
        // `Plain` too: the operation `plain` declares `Operations.Plain`, where its `Auth` names the identity.
        #expect(api.schemes.map(\.identityType.text) == ["ShopAPI.AOrB", "ShopAPI.Identity", "ShopAPI.Plain"])
    }

    @Test func pathsJoinWithSingleSlashes() {
        #expect(operation("events")?.fullPath == "/api/events/")
        #expect(operation("childPing")?.fullPath == "/api/open/child/ping")
        #expect(operation("secured")?.fullPath == "/api/secured")
    }

    @Test func groupsAreRootThenRoutersDepthFirst() {
        #expect(api.groups.map(\.typeName) == ["Root", "Inherit", "Open", "OpenChild", "Events"])
        #expect(operation("inheritPing")?.tags == ["inherit", "extra"])
    }

    @Test func sharedImplementationsShareOneStubName() {
        #expect(api.schemes.filter { $0.stub == "authCheck" }.map(\.specName) == ["QueryKey", "HeaderKey"])
    }
}
