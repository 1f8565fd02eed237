extension ContextValues {
    /// `auth-matrix.mustache`: `schemes` (see `matrixScheme`) and `operations` (`nameLiteral`,
    /// `methodLiterals`, `pathLiteral`, `authLiterals`: its effective auth, schemes in the order
    /// tried, empty when public; `answers401`: it declares a 401 response of its own).
    static func authMatrix(_ api: ResolvedAPI) -> TemplateContext {
        [
            "schemes": api.schemes.map(matrixScheme),
            "operations": api.operations.map { operation in
                [
                    "nameLiteral": SwiftLiteral.string(operation.specName),
                    "methodLiterals": operation.httpMethods.map { ["literal": SwiftLiteral.string($0)] },
                    "pathLiteral": SwiftLiteral.string(operation.fullPath),
                    "authLiterals": operation.schemes.map { ["literal": SwiftLiteral.string($0.specName)] },
                    "hasAuth": !operation.schemes.isEmpty,
                    "answers401": operation.responses.contains { $0.statusClass == nil ? $0.status == 401 : $0.classCodes.contains(401) },
                ] as TemplateContext
            },
        ]
    }

    /// A scheme as the matrix needs it: `nameLiteral`; its kind (see `AuthKind.templateValues`); `csrf`; `raises`
    /// (the statuses of its `throws:` and a 403 it declares, each `status`) and `hasRaises`;
    /// `challenge` (none, or the literal of its `WWW-Authenticate` challenge).
    static func matrixScheme(_ scheme: ResolvedScheme) -> TemplateContext {
        // What its stub may answer a bad credential with: its exceptions, and a 403 it declares.
        let raises = Set(scheme.throwsExceptions.map(\.status) + ((scheme.responses ?? []).contains { $0.status == 403 } ? [403] : []))
        let context: TemplateContext = [
            "nameLiteral": SwiftLiteral.string(scheme.specName),
            "csrf": scheme.csrf,
            "raises": raises.sorted().map { ["status": $0] },
            "hasRaises": !raises.isEmpty,
            "challenge": scheme.challenge.map { [SwiftLiteral.string($0)] } ?? [],
        ]
        return context.merging(scheme.kind.templateValues) { $1 }
    }

    /// `test-credentials.mustache`: `credentialExamples`, one comment line per scheme (`text`) that
    /// shows the credential it takes, and `hasCredentialExamples`; `customSchemes` (`text`: the names of the custom schemes).
    static func testCredentials(_ api: ResolvedAPI) -> TemplateContext {
        let examples: [String] = api.schemes.compactMap { scheme in
            scheme.kind.descriptor.credentialExample.map { "\(SwiftLiteral.string(scheme.specName)): \($0)," }
        }
        let custom = api.schemes.filter { $0.kind == .custom }.map { SwiftLiteral.string($0.specName) }
        return [
            "credentialExamples": examples.map { ["text": $0] },
            "hasCredentialExamples": !examples.isEmpty,
            "customSchemes": custom.isEmpty ? [] : [["text": custom.joined(separator: ", ")]],
        ]
    }
}
