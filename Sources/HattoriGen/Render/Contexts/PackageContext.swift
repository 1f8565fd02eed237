extension ContextValues {
    /// The keys every template receives: `specFile` (for the generated header), `libraryModule`
    /// (gen's target), `appModule` (the user's target), `serverType` (its `@main` command),
    /// `titleComment` (the title on one line), `packageLiteral`, `libraryLiteral`, `appLiteral`,
    /// `serverTypeLiteral`, `testLiteral`, `hasSchemes`, `hasSessions` (a session scheme: the
    /// package declares the `PostgreSQL` trait, under which the library links `HattoriPostgres`), `hasExceptions`, and where the runtime comes
    /// from: `runtimePath` (none, or the literal of a path) or `runtimeURL` (none, or `url` and
    /// `version` literals), with `runtimePackageLiteral` (the package identity products name).
    static func common(_ api: ResolvedAPI, runtime: RuntimeDependency, specFileName: String) -> TemplateContext {
        var runtimePath: [String] = [], runtimeURL: [TemplateContext] = []
        switch runtime {
        case .path(let path): runtimePath = [SwiftLiteral.string(path)]
        case .url(let url, let version): runtimeURL = [["url": SwiftLiteral.string(url), "version": SwiftLiteral.string(version)]]
        }
        return [
            "specFile": specFileName.replacingOccurrences(of: "\n", with: " "),
            "libraryModule": api.libraryModule,
            "appModule": api.appModule,
            "serverType": api.serverType,
            "titleComment": api.title.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " "),
            "packageLiteral": SwiftLiteral.string(api.packageName),
            "libraryLiteral": SwiftLiteral.string(api.libraryModule),
            "appLiteral": SwiftLiteral.string(api.appModule),
            "serverTypeLiteral": SwiftLiteral.string(api.serverType),
            "testLiteral": SwiftLiteral.string(api.testModule),
            "hasSchemes": !api.schemes.isEmpty,
            "hasSessions": api.hasSessionSchemes,
            "hasExceptions": !api.exceptions.isEmpty || api.validationError != nil,
            "runtimePath": runtimePath,
            "runtimeURL": runtimeURL,
            "runtimePackageLiteral": SwiftLiteral.string(runtime.packageIdentity),
        ]
    }

    /// `server.mustache`: `protocols` (every handler protocol `APIProtocol` refines), `groups`
    /// (`registerFunction`), `sessionCookie` (none, or the literal of the cookie `login` sets),
    /// `titleLiteral`, `versionLiteral`, `prefixLiteral`.
    static func server(_ api: ResolvedAPI) -> TemplateContext {
        [
            "protocols": api.groups.map(\.protocolName) + (api.exceptions.isEmpty && api.validationError == nil ? [] : ["ExceptionHandling"]),
            "groups": api.groups.map { ["registerFunction": $0.registerFunction] },
            "sessionCookie": api.sessionCookieName.map { [SwiftLiteral.string($0)] } ?? [],
            "titleLiteral": SwiftLiteral.string(api.title),
            "versionLiteral": SwiftLiteral.string(api.version),
            "prefixLiteral": SwiftLiteral.string(api.prefix),
        ]
    }

    /// `exceptions.mustache`: `exceptions` (see `exception`) and `validationError`: none, or the
    /// hook of `validation_error` (see `validationError`).
    static func exceptions(_ api: ResolvedAPI) -> TemplateContext {
        ["exceptions": api.exceptions.map(exception), "validationError": api.validationError.map { [validationError($0)] } ?? []]
    }

    /// The hook of `validation_error`, as an exception's handler (`exception-handler.mustache`'s
    /// context too): `typeName` is the runtime's `ValidationFailure`, whose `issues` it maps.
    static func validationError(_ answer: ResolvedException) -> TemplateContext {
        exception(answer).merging([
            "protocolDoc": doc(["The body of the \(answer.status) answer to invalid input, instead of the default 422.",
                                "`error.issues` lists every problem: `type`, `loc`, `msg` and `ctx` (`issue.json` as the 422 writes it)."]),
        ]) { $1 }
    }

    /// One exception (also `exception-handler.mustache`'s context): `typeName`, `doc`, `status`,
    /// `hasBody`, `bodyType` (spelled plainly), `importsFoundation` (that spelling needs it),
    /// `protocolDoc` (its handler requirement's).
    static func exception(_ exception: ResolvedException) -> TemplateContext {
        [
            "typeName": exception.typeName,
            "doc": doc([exception.description]),
            "status": "\(exception.status)",
            "hasBody": exception.bodyType != nil,
            "bodyType": exception.bodyType?.plainText ?? "",
            "importsFoundation": exception.bodyType?.needsFoundation ?? false,
            "protocolDoc": doc(["The body of the \(exception.status) answer to `\(exception.typeName)`."]),
        ]
    }

    /// `openapi-document.mustache`: `jsonLiteral` (the document as a raw string literal),
    /// `documentPath`, `docsPath`.
    static func document(_ api: ResolvedAPI, json: String) -> TemplateContext {
        let prefix = api.prefix.hasSuffix("/") ? api.prefix : api.prefix + "/"
        return [
            "jsonLiteral": SwiftLiteral.rawMultiline(json, indent: "        ", trimmingFinalNewline: true),
            "documentPath": prefix + "openapi.json",
            "docsPath": prefix + "docs",
        ]
    }
}
