/// Which schemes guard each operation: its own `auth`, else its router's, else the enclosing
/// routers' (nearest first), else the API's; the nearest written value wins, `null` included.
enum EffectiveAuth {
    static func resolve(_ setting: AuthSetting, inherited: [String]) -> [String] {
        switch setting {
        case .inherit: return inherited
        case .none: return []
        case .schemes(let names, _): return names.map(\.value)
        }
    }

    /// One operation with where it sits.
    struct Placement {
        var operation: OperationSpec
        /// The routers around it, outermost first; empty for a top-level operation.
        var routers: [RouterSpec]
        /// Its effective auth, in the order tried; empty when public.
        var auth: [String]
    }

    /// Every operation, in the order the generated code declares them: the top-level ones, then
    /// each router's, depth-first.
    static func placements(in spec: APISpec) -> [Placement] {
        let apiAuth = resolve(spec.auth, inherited: [])
        var result = spec.operations.map { Placement(operation: $0, routers: [], auth: resolve($0.auth, inherited: apiAuth)) }
        func visit(_ routers: [RouterSpec], parents: [RouterSpec], inherited: [String]) {
            for router in routers {
                let auth = resolve(router.auth, inherited: inherited)
                let chain = parents + [router]
                result += router.operations.map { Placement(operation: $0, routers: chain, auth: resolve($0.auth, inherited: auth)) }
                visit(router.routers, parents: chain, inherited: auth)
            }
        }
        visit(spec.routers, parents: [], inherited: apiAuth)
        return result
    }
}
