extension ContextValues {
    /// `schemes.mustache`: `stubs` (see `stub`) and `refusalHooks` (see `refusalHooks`): the
    /// requirements of `AuthenticatorsProtocol`; `schemes` (see `scheme`); `schemeLists` (see
    /// `schemeList`) and `hasSchemeLists`.
    static func schemes(_ api: ResolvedAPI) -> TemplateContext {
        [
            "stubs": api.implementations.map(stub),
            "refusalHooks": api.schemes.flatMap(refusalHooks),
            "schemes": api.schemes.map { scheme($0, stubs: api.implementations) },
            "schemeLists": api.schemeLists.map(schemeList),
            "hasSchemeLists": !api.schemeLists.isEmpty,
        ]
    }

    /// An authenticator stub: `method` (escaped), `credentials` (`label` each: `key`, `token`,
    /// `username` and `password`, or none for a custom scheme), `identityType` (spelled plainly),
    /// `importsFoundation` (that spelling needs it), `protocolDoc`.
    static func stub(_ implementation: ResolvedImplementation) -> TemplateContext {
        let what: String
        switch implementation.kind {
        case .apiKey:
            let places = implementation.schemes.map {
                "\($0.apiKeyLocation?.rawValue ?? "query") `\($0.parameterName ?? SchemeSpec.defaultAPIKeyName)`"
            }
            what = "Checks the API key sent in \(places.joined(separator: " or "))."
        case .bearer: what = "Checks the token of `Authorization: Bearer <token>`."
        case .basic: what = "Checks the username and password of `Authorization: Basic …`."
        case .custom: what = "Decides from the whole request (method, path, headers, query, cookies, client address)."
        case .session, .sessionSuperuser, .sessionStaff: what = ""
        }
        let names = implementation.schemes.map { "`\($0.specName.replacingOccurrences(of: "`", with: "'"))`" }
        return [
            "method": SwiftName.escaped(implementation.methodName),
            "credentials": credentials(implementation.kind).map { ["label": $0] },
            "identityType": implementation.identityType.plainText,
            "importsFoundation": implementation.identityType.needsFoundation,
            "protocolDoc": doc(["The stub of \(names.joined(separator: " and ")). \(what)"] + implementation.schemes.compactMap(\.description)),
        ]
    }

    /// The credential a stub of this kind receives.
    static func credentials(_ kind: SchemeKind) -> [String] {
        switch kind {
        case .apiKey: return ["key"]
        case .bearer: return ["token"]
        case .basic: return ["username", "password"]
        case .custom, .session, .sessionSuperuser, .sessionStaff: return []
        }
    }

    /// `refusal-hooks.mustache`, or nil when the scheme has no hooks: `hooks` (see `refusalHooks`)
    /// and `importsFoundation` (a body type spelled plainly needs it).
    static func refusalHooksFile(_ scheme: ResolvedScheme) -> TemplateContext? {
        let hooks = refusalHooks(scheme)
        guard !hooks.isEmpty else { return nil }
        let bodies = [scheme.unauthorized, scheme.forbidden].compactMap { answer -> SwiftType? in
            if case .hook(_, let body) = answer { return body }
            return nil
        }
        return ["hooks": hooks, "importsFoundation": bodies.contains(where: \.needsFoundation)]
    }

    /// The stubs that build a scheme's declared 401/403 bodies, 401 first (only where some list's
    /// 401 is the scheme's, so that none is written for nothing): `method`, `status`,
    /// `isForbidden`, `bodyType` (spelled plainly), `protocolDoc`, `notImplementedLiteral`.
    static func refusalHooks(_ scheme: ResolvedScheme) -> [TemplateContext] {
        let name = "`\(scheme.specName.replacingOccurrences(of: "`", with: "'"))`"
        return [(401, scheme.answersUnauthorized ? scheme.unauthorized : .detail), (403, scheme.forbidden)].compactMap { status, answer in
            guard case .hook(let method, let body) = answer else { return nil }
            let when = status == 401
                ? "sent when no scheme of an operation accepts the request and \(name) is the first of them that documents errors"
                : scheme.csrf
                ? "sent when its check throws `AuthorizationError` or the CSRF check fails (`refusal.detail` says which)"
                : "sent when its check throws `AuthorizationError` (`refusal.detail` is what it gave)"
            return [
                "method": SwiftName.escaped(method),
                "status": "\(status)",
                "isForbidden": status == 403,
                "bodyType": body.plainText,
                "protocolDoc": doc(["The body of the \(status) that \(name) declares, \(when)."]),
                "notImplementedLiteral": SwiftLiteral.string("\(method) is not implemented yet"),
            ]
        }
    }

    /// One scheme: `typeName`, `nameLiteral`, `doc`, `identityType`; its kind (`isAPIKey` with
    /// `location` and `paramLiteral`, `isBearer`, `isBasic`, `isCustom`, `isSession` with
    /// `cookieLiteral` and `role`) and `csrf`; `stubMethod` and `stubArguments` (`label`, `value`:
    /// a shared stub keeps the first scheme's labels); `refusesWithOwnBody` with `forbiddenHook`
    /// (none or one method) or `forbiddenEmpty`.
    static func scheme(_ scheme: ResolvedScheme, stubs: [ResolvedImplementation]) -> TemplateContext {
        let kindText: String
        switch scheme.kind {
        case .apiKey:
            kindText = "API key in \(scheme.apiKeyLocation?.rawValue ?? "query") `\(scheme.parameterName ?? SchemeSpec.defaultAPIKeyName)`"
        case .bearer: kindText = "HTTP bearer"
        case .basic: kindText = "HTTP basic"
        case .session: kindText = "session (any logged-in user)"
        case .sessionSuperuser: kindText = "session (superusers)"
        case .sessionStaff: kindText = "session (staff and superusers)"
        case .custom: kindText = "custom"
        }
        let stubArguments: [TemplateContext]
        switch scheme.kind {
        case .apiKey, .bearer:
            // A shared stub keeps the first scheme's label: an API key's takes `key:`, a bearer's `token:`.
            let value = scheme.kind == .apiKey ? "key" : "token"
            let stubKind = stubs.first { $0.methodName == scheme.stub }?.kind ?? scheme.kind
            stubArguments = [["label": credentials(stubKind).first ?? value, "value": value]]
        case .basic: stubArguments = [["label": "username", "value": "username"], ["label": "password", "value": "password"]]
        case .custom, .session, .sessionSuperuser, .sessionStaff: stubArguments = []
        }
        return [
            "typeName": scheme.typeName,
            "nameLiteral": SwiftLiteral.string(scheme.specName),
            "doc": doc(["\(scheme.specName): \(kindText).", scheme.description]),
            "identityType": scheme.identityType.text,
            "isAPIKey": scheme.kind == .apiKey,
            "location": scheme.apiKeyLocation?.rawValue ?? "query",
            "paramLiteral": SwiftLiteral.string(scheme.parameterName ?? SchemeSpec.defaultAPIKeyName),
            "isBearer": scheme.kind == .bearer,
            "isBasic": scheme.kind == .basic,
            "isCustom": scheme.kind == .custom,
            "isSession": scheme.isSession,
            "cookieLiteral": SwiftLiteral.string(scheme.cookieName ?? SchemeSpec.defaultSessionCookie),
            "role": scheme.kind == .session ? "user" : scheme.kind == .sessionSuperuser ? "superuser" : "staff",
            "csrf": scheme.csrf,
            "stubMethod": SwiftName.escaped(scheme.stub ?? ""),
            "stubArguments": stubArguments,
            "refusesWithOwnBody": scheme.forbidden != .detail,
            "forbiddenHook": scheme.forbidden.hookMethod.map { [SwiftName.escaped($0)] } ?? [],
            "forbiddenEmpty": scheme.forbidden == .empty,
        ]
    }

    /// One list: `typeName`, `doc`, `sharedIdentity` (none, or the one type all its schemes
    /// return) and `hasSharedIdentity`; `members` (`schemeType`, `caseName`, `identityType`,
    /// `schemeLiteral`: its spec name, which `AuthTrace` records when it admits); its
    /// 401: `unauthorizedHook` (none or one method) with `unauthorizedSchemeLiteral`,
    /// `unauthorizedEmpty` or `unauthorizedDefault`; `challengeLiterals` (its schemes' `WWW-Authenticate`
    /// challenges) and `hasChallenges`.
    static func schemeList(_ list: ResolvedSchemeList) -> TemplateContext {
        let schemes = list.schemes
        let summary = schemes.count == 1
            ? "`\(schemes[0].specName)`: its identity, or 401 when it denies."
            : schemes.map { "`\($0.specName)`" }.joined(separator: ", then ") + ": the first that accepts gives the identity; 401 when none does."
        return [
            "typeName": list.typeName,
            "doc": doc([summary]),
            "sharedIdentity": list.sharedIdentity.map { [$0.text] } ?? [],
            "hasSharedIdentity": list.sharedIdentity != nil,
            "members": schemes.map {
                ["schemeType": $0.typeName, "caseName": SwiftName.escaped($0.caseName), "identityType": $0.identityType.text,
                 "schemeLiteral": SwiftLiteral.string($0.specName)]
            },
            "unauthorizedHook": list.unauthorized.hookMethod.map { [SwiftName.escaped($0)] } ?? [],
            "unauthorizedSchemeLiteral": SwiftLiteral.string(list.unauthorizedScheme?.specName ?? ""),
            "unauthorizedEmpty": list.unauthorized == .empty,
            "unauthorizedDefault": list.unauthorized == .detail,
            "challengeLiterals": list.challenges.map(SwiftLiteral.string),
            "hasChallenges": !list.challenges.isEmpty,
        ]
    }
}
