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
        let names = implementation.schemes.map { "`\($0.specName.replacingOccurrences(of: "`", with: "'"))`" }
        return [
            "method": SwiftName.escaped(implementation.methodName),
            "credentials": implementation.kind.descriptor.credentialLabels.map { ["label": $0] },
            "identityType": implementation.identityType.plainText,
            "importsFoundation": implementation.identityType.needsFoundation,
            "protocolDoc": doc(["The stub of \(names.joined(separator: " and ")). \(implementation.kind.descriptor.stubPurpose(implementation.schemes))"]
                               + implementation.schemes.compactMap(\.description)),
        ]
    }

    /// `refusal-hooks.mustache`, for a scheme with hooks: `hooks` (see `refusalHooks`)
    /// and `importsFoundation` (a body type spelled plainly needs it).
    static func refusalHooksFile(_ scheme: ResolvedScheme) -> TemplateContext {
        let hooks = refusalHooks(scheme)
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

    /// One scheme: `typeName`, `nameLiteral`, `doc`, `identityType`; its kind (see `AuthKind.templateValues`)
    /// and `csrf`; `stubMethod` (none for a session scheme, or one method) and `stubArguments` (`label`, `value`: a shared stub keeps the first
    /// scheme's labels); `refusesWithOwnBody` with `forbiddenHook` (none or one method) or `forbiddenEmpty`.
    static func scheme(_ scheme: ResolvedScheme, stubs: [ResolvedImplementation]) -> TemplateContext {
        let descriptor = scheme.kind.descriptor
        let values = descriptor.credentialValues
        let stubLabels = stubs.first { $0.methodName == scheme.stub }?.kind.descriptor.credentialLabels ?? []
        let labels = stubLabels.count == values.count ? stubLabels : values
        let context: TemplateContext = [
            "typeName": scheme.typeName,
            "nameLiteral": SwiftLiteral.string(scheme.specName),
            "doc": doc(["\(scheme.specName): \(descriptor.summary).", scheme.description]),
            "identityType": scheme.identityType.text,
            "csrf": scheme.csrf,
            "stubMethod": scheme.stub.map { [SwiftName.escaped($0)] } ?? [],
            "stubArguments": zip(labels, values).map { ["label": $0, "value": $1] },
            "refusesWithOwnBody": scheme.forbidden != .detail,
            "forbiddenHook": scheme.forbidden.hookMethod.map { [SwiftName.escaped($0)] } ?? [],
            "forbiddenEmpty": scheme.forbidden == .empty,
        ]
        return context.merging(scheme.kind.templateValues) { $1 }
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
