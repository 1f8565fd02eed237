/// Auth schemes, shared stubs and the auth lists that name them.
extension ValidationPass {
    func checkScheme(_ scheme: SchemeSpec) {
        let what = "scheme '\(scheme.name.value)'"
        let kind = scheme.kind.value
        let isSession = kind.isSession
        if kind == .apiKey, scheme.apiKeyLocation == nil {
            error("\(what) is an API key but does not say where it is sent", at: scheme.kind.location,
                  hint: "add 'in: query', 'in: header' or 'in: cookie' (or write kind: APIKeyQuery …)")
        }
        let descriptor = AuthKind(scheme).descriptor
        let takes = descriptor.takesKeys
        for key in SchemeKindKey.allCases where !takes.contains(key) {
            guard let location = key.written(in: scheme) else { continue }
            let (message, hint) = key.misplaced(on: kind)
            error(message, at: location, hint: hint)
        }
        if let param = scheme.parameterName, param.value.isEmpty || !HTTPToken.isValid(param.value) {
            error("'\(param.value)' cannot be an API key name", at: param.location, hint: "use letters, digits and '-', '_', '.'")
        }
        if let cookie = scheme.cookieName, !HTTPToken.isValid(cookie.value) {
            error("'\(cookie.value)' cannot be a cookie name", at: cookie.location)
        }
        if !descriptor.readsCookie, let csrf = scheme.csrf {
            error("'csrf' applies to cookie-based schemes only", at: csrf.location,
                  hint: "CSRF protects credentials the browser sends by itself: cookies")
        }
        if let identity = scheme.identity {
            if isSession {
                error("the identity of a session scheme is the logged-in user; 'identity' cannot be set", at: identity.location)
            }
            checkTypeReference(identity)
        }
        if isSession, let implementation = scheme.implementation {
            error("session schemes are built in and have no stub; 'implementation' cannot be set", at: implementation.location)
        }
        if let realm = scheme.realm, takes.contains(.realm), !Challenge.isValidRealm(realm.value) {
            error("'\(realm.value)' cannot be a realm", at: realm.location,
                  hint: "use printable ASCII without quotes or backslashes, e.g. 'events'")
        }
        checkResponses(scheme.responses ?? [], owner: what, isOperation: false)
        checkExceptionReferences(scheme.throwsExceptions)
    }

    /// `login` sets one session cookie, so every session scheme must read the same one.
    func checkSessionCookies() {
        let sessions = spec.schemes.filter(\.kind.value.isSession)
        guard let first = sessions.first else { return }
        let cookie = first.sessionCookie
        for scheme in sessions.dropFirst() where scheme.sessionCookie != cookie {
            error("session scheme '\(scheme.name.value)' reads cookie '\(scheme.sessionCookie)' but '\(first.name.value)' reads '\(cookie)'",
                  at: scheme.cookieName?.location ?? scheme.name.location, hint: "all session schemes share the one session cookie that login sets")
        }
    }

    /// Schemes whose stubs end up with one Swift name share that stub, so they must agree on
    /// what it receives and returns.
    func checkSharedImplementations() {
        var first: [String: SchemeSpec] = [:]
        for scheme in spec.schemes where !scheme.kind.value.isSession {
            let implementation = scheme.implementation ?? scheme.name
            guard let method = names.schemes[scheme.name.value]?.stub else { continue }
            guard let other = first[method] else {
                first[method] = scheme
                continue
            }
            let (shape, otherShape) = (AuthKind(scheme).descriptor.credentialShape, AuthKind(other).descriptor.credentialShape)
            if shape != otherShape {
                error("scheme '\(scheme.name.value)' shares implementation '\(implementation.value)' with '\(other.name.value)', but receives \(shape) where that one receives \(otherShape)",
                      at: implementation.location, hint: "give one of them its own implementation")
            }
            if (scheme.identity?.value ?? .primitive(.string)) != (other.identity?.value ?? .primitive(.string)) {
                error("scheme '\(scheme.name.value)' shares implementation '\(implementation.value)' with '\(other.name.value)' but declares another identity type",
                      at: scheme.identity?.location ?? implementation.location, hint: "shared stubs return one identity type")
            }
        }
    }

    func checkAuth(_ auth: AuthSetting, owner: String) {
        guard case .schemes(let names, let location) = auth else { return }
        if names.isEmpty {
            error("\(owner) has an empty auth list", at: location, hint: "write 'auth: null' to make it public")
        }
        var seen: Set<String> = []
        for name in names where !seen.insert(name.value).inserted {
            error("the auth list of \(owner) names '\(name.value)' twice", at: name.location)
        }
        for name in names where !schemeNames.contains(name.value) {
            error("unknown auth scheme '\(name.value)'", at: name.location,
                  hint: Suggestions.didYouMean(name.value, in: schemeNames)
                      ?? (schemeNames.isEmpty ? "declare it under 'schemes:'" : "declared schemes: \(schemeNames.sorted().joined(separator: ", "))"))
        }
    }
}
