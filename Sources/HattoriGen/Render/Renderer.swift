import Foundation

/// One file of the generated package.
struct PlannedFile: Sendable, Equatable {
    enum Ownership: String, Sendable, Codable {
        /// Rewritten on every run; starts with the do-not-edit header.
        case generated
        /// Created once for the user to fill in; never touched again.
        case user
    }

    var path: String
    var contents: String
    var ownership: Ownership
}

/// Where the generated package finds the `Hattori` runtime library.
public enum RuntimeDependency: Sendable, Equatable {
    /// A path: relative to the output directory, or absolute (the default: this checkout, see `checkout`).
    case path(String)
    /// A git URL and a minimum version.
    case url(String, from: String)

    /// The checkout at `root`, as the package written to `output` names it: by a relative path
    /// when the package lies inside the checkout (the samples, which move with it), by an absolute
    /// one otherwise, so that the package keeps building wherever it is moved.
    static func checkout(_ root: URL, from output: URL) -> RuntimeDependency {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        let outputPath = output.standardizedFileURL.resolvingSymlinksInPath().path
        return .path(outputPath == rootPath || outputPath.hasPrefix(rootPath + "/") ? RelativePath.from(output, to: root) : rootPath)
    }

    /// The identity SwiftPM gives the package, which product references must use.
    var packageIdentity: String {
        switch self {
        case .path: return "Hattori"
        case .url(let url, _):
            var last = url.split(separator: "/").last.map(String.init) ?? "Hattori"
            if last.hasSuffix(".git") { last.removeLast(4) }
            return last.lowercased()
        }
    }
}

/// Stage 4: renders the resolved API through the templates into the files of a package. Every
/// line of Swift comes from a template; the contexts (`ContextValues`) are plain data.
struct Renderer {
    let templates: TemplateSet
    let runtime: RuntimeDependency
    let specFileName: String

    init(templates: TemplateSet, runtime: RuntimeDependency, specFileName: String) {
        self.templates = templates
        self.runtime = runtime
        self.specFileName = specFileName
    }

    /// The package's files. `document` is the OpenAPI stage's output: written beside the package's
    /// sources and embedded in it.
    func render(_ api: ResolvedAPI, document: OpenAPIDocumentText) throws(GenerationError) -> [PlannedFile] {
        let common = ContextValues.common(api, runtime: runtime, specFileName: specFileName)
        let library = api.libraryModule
        var files: [PlannedFile] = []
        func render(_ path: String, _ ownership: PlannedFile.Ownership, _ template: String,
                    _ context: TemplateContext = [:]) throws(GenerationError) {
            let text = try templates.render(template, context: common.merging(context) { $1 })
            files.append(PlannedFile(path: path, contents: text, ownership: ownership))
        }
        try render("Package.swift", .user, "package")
        try render(".gitignore", .user, "gitignore")
        // One file per schema: the compiler's batches then share the models evenly between
        // cores, where one Models.swift was a single job as long as the rest of the build.
        for schema in api.schemas {
            try render(schema.file, .generated, "models", ContextValues.model(schema))
        }
        if !api.exceptions.isEmpty || api.validationError != nil {
            try render(GeneratedNames.exceptionsFile(library), .generated, "exceptions", ContextValues.exceptions(api))
        }
        if !api.schemes.isEmpty {
            try render(GeneratedNames.schemesFile(library), .generated, "schemes", ContextValues.schemes(api))
        }
        try render(GeneratedNames.serverFile(library), .generated, "server", ContextValues.server(api))
        try render(GeneratedNames.handlersFile(api.appModule), .user, "handlers")
        for group in api.groups {
            let context = ContextValues.group(group)
            try render(group.operationsFile, .generated, "operations", context)
            try render(group.handlersFile, .user, "group-handlers", context)
        }
        if !api.schemes.isEmpty {
            try render(GeneratedNames.authenticatorsFile(api.appModule), .user, "authenticators")
            for implementation in api.implementations {
                try render(implementation.file, .user, "authenticator", ContextValues.stub(implementation))
            }
            for scheme in api.schemes {
                if let hooks = ContextValues.refusalHooksFile(scheme) { try render(scheme.hooksFile, .user, "refusal-hooks", hooks) }
            }
        }
        for exception in api.exceptions where exception.bodyType != nil {
            try render(exception.handlerFile, .user, "exception-handler", ContextValues.exception(exception))
        }
        if let answer = api.validationError {
            try render(answer.handlerFile, .user, "exception-handler", ContextValues.validationError(answer))
        }
        files.append(PlannedFile(path: "openapi.json", contents: document.json, ownership: .generated))
        files.append(PlannedFile(path: "openapi.yaml", contents: document.yaml, ownership: .generated))
        try render(GeneratedNames.documentFile(library), .generated, "openapi-document", ContextValues.document(api, json: document.json))
        try render(GeneratedNames.appFile(api.appModule), .user, "app")
        try render(GeneratedNames.smokeTestFile(api.testModule), .user, "smoke-test")
        try render(GeneratedNames.authMatrixFile(api.testModule), .generated, "auth-matrix", ContextValues.authMatrix(api))
        try render(GeneratedNames.testCredentialsFile(api.testModule), .user, "test-credentials", ContextValues.testCredentials(api))
        return files
    }

    /// Each requirement the user implements: protocol, the user file it belongs in, signature,
    /// the signature rendered by the partial that the protocol's template uses too.
    func requirements(_ api: ResolvedAPI) throws(GenerationError) -> [(protocolName: String, file: String, signature: String)] {
        let common = ContextValues.common(api, runtime: runtime, specFileName: specFileName)
        func signature(_ partial: String, _ context: TemplateContext) throws(GenerationError) -> String {
            try templates.render(partial, context: common.merging(context) { $1 })
        }
        var result: [(String, String, String)] = []
        for group in api.groups {
            for operation in group.operations {
                result.append((group.protocolName, group.handlersFile, try signature("_handler-signature", ContextValues.handlerSignature(operation))))
            }
        }
        for implementation in api.implementations {
            result.append(("AuthenticatorsProtocol", implementation.file, try signature("_stub-signature", ContextValues.stub(implementation))))
        }
        for scheme in api.schemes {
            for hook in ContextValues.refusalHooks(scheme) {
                result.append(("AuthenticatorsProtocol", scheme.hooksFile, try signature("_refusal-hook-signature", hook)))
            }
        }
        for exception in api.exceptions where exception.bodyType != nil {
            result.append(("ExceptionHandling", exception.handlerFile,
                           try signature("_exception-handler-signature", ContextValues.exception(exception))))
        }
        if let answer = api.validationError {
            result.append(("ExceptionHandling", answer.handlerFile,
                           try signature("_exception-handler-signature", ContextValues.validationError(answer))))
        }
        // How the server builds its router changes when the API gains its first auth scheme.
        result.append(("makeRouter", GeneratedNames.appFile(api.appModule), try signature("_make-router-call", [:])))
        result.append(("TestCredentials.router", GeneratedNames.testCredentialsFile(api.testModule), try signature("_test-router-call", [:])))
        return result
    }
}
