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

    @Test func apiDefaultAppliesWhereNothingOverrides() {
        #expect(operation("secured")?.auth == ["GlobalAuth"])
        #expect(operation("inheritPing")?.auth == ["GlobalAuth"])
    }

    @Test func operationNullMakesItPublic() {
        #expect(operation("token")?.auth == [])
        #expect(operation("eventsPublic")?.auth == [])
    }

    @Test func routerNullTurnsAuthOffForItsChildrenToo() {
        #expect(operation("openPing")?.auth == [])
        #expect(operation("childPing")?.auth == [])
    }

    @Test func operationAuthOverridesTheRouters() {
        #expect(operation("locked")?.auth == ["BasicAuth"])
        #expect(operation("multiple")?.auth == ["QueryKey", "HeaderKey"])
    }

    @Test func routerAuthOverridesTheAPIDefault() {
        #expect(operation("events")?.auth == ["BasicAuth"])
    }

    @Test func operationsWithTheSameSchemeListShareOneInFirstUseOrder() {
        #expect(api.schemeLists.map(\.typeName) == ["GlobalAuth", "QueryKeyOrHeaderKey", "BasicAuth"])
        #expect(api.schemeList(for: ["BasicAuth"])?.schemes == ["BasicAuth"])
        #expect(api.schemeList(for: []) == nil)
    }

    @Test func schemeListNamesThatCollideAreNumbered() {
        let lists = ResolvedSchemeList.collect([["A", "BOrC"], ["AOrB", "C"], ["A", "BOrC"], []]) { $0 }
        #expect(lists.map(\.typeName) == ["AOrBOrC", "AOrBOrC2"])
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
        #expect(api.schemes.map(\.identityType) == ["ShopAPI.AOrB", "ShopAPI.Identity", "Plain"])
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
        #expect(api.schemes.filter { $0.implementation == "authCheck" }.map(\.specName) == ["QueryKey", "HeaderKey"])
    }
}
