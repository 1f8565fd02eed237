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

    /// The package's files and what the user implements. `document` is the OpenAPI stage, run
    /// beside the templates (it is the largest single job), which then renders the files that
    /// hold its text; the other jobs start largest first, so that no long one is left for the end.
    func render(_ api: ResolvedAPI, document: @Sendable () throws(GenerationError) -> OpenAPIDocumentText) throws(GenerationError) -> RenderedPackage {
        let jobs = Self.jobs(api)
        // Job 0 is the document, then one job per file, then the requirements' signatures.
        let weights = [Int.max] + jobs.map(\.weight) + [api.operations.count]
        let order = weights.indices.sorted { (weights[$0], -$0) > (weights[$1], -$1) }
        let outputs = Parallel.results(jobs.count + 2, order: order) { index throws(GenerationError) -> RenderOutput in
            if index == 0 {
                let text = try document()
                return .document([
                    PlannedFile(path: "openapi.json", contents: text.json, ownership: .generated),
                    PlannedFile(path: "openapi.yaml", contents: text.yaml, ownership: .generated),
                    try file(GeneratedNames.documentFile(api.libraryModule), .generated, "openapi-document",
                             ContextValues.document(api, json: text.json), api: api),
                ])
            }
            guard jobs.indices.contains(index - 1) else { return .requirements(try requirements(api)) }
            guard case .templates(let files, let context) = jobs[index - 1].kind else { return .later }
            let values = context()
            return .files(try files.map { path, ownership, template throws(GenerationError) in
                try file(path, ownership, template, values, api: api)
            })
        }
        // Failures in the order one job at a time meets them: the document, then the files.
        guard case .document(let documentFiles) = try outputs[0].get() else { preconditionFailure("job 0 is the document") }
        var files: [PlannedFile] = []
        for (job, output) in zip(jobs, outputs.dropFirst()) {
            switch (job.kind, try output.get()) {
            case (_, .files(let rendered)): files += rendered
            case (.documentFiles, _): files += documentFiles
            default: preconditionFailure("a template job renders a file")
            }
        }
        guard case .requirements(let requirements) = try outputs[jobs.count + 1].get() else { preconditionFailure("the last job lists the requirements") }
        return RenderedPackage(files: files, requirements: requirements)
    }

    private func file(_ path: String, _ ownership: PlannedFile.Ownership, _ template: String, _ context: TemplateContext,
                      api: ResolvedAPI) throws(GenerationError) -> PlannedFile {
        // Built per file: it is small, and a dictionary of `Any` cannot be shared between threads.
        let common = ContextValues.common(api, runtime: runtime, specFileName: specFileName)
        return PlannedFile(path: path, contents: try templates.render(template, context: context, shared: common),
                           ownership: ownership)
    }

    /// The package's files in the order gen writes them, each as the template that renders it
    /// and its context (built on the thread that renders it).
    private static func jobs(_ api: ResolvedAPI) -> [RenderJob] {
        let library = api.libraryModule
        var jobs: [RenderJob] = []
        func add(_ path: String, _ ownership: PlannedFile.Ownership, _ template: String, weight: Int = 1,
                 _ context: @escaping @Sendable () -> TemplateContext = { [:] }) {
            jobs.append(RenderJob(kind: .templates([(path, ownership, template)], context: context), weight: weight))
        }
        let allOperations = api.operations.count
        add("Package.swift", .user, "package")
        add(".gitignore", .user, "gitignore")
        // One file per schema: the compiler's batches then share the models evenly between
        // cores, where one Models.swift was a single job as long as the rest of the build.
        for schema in api.schemas {
            add(schema.file, .generated, "models") { ContextValues.model(schema) }
        }
        if !api.exceptions.isEmpty || api.validationError != nil {
            add(GeneratedNames.exceptionsFile(library), .generated, "exceptions") { ContextValues.exceptions(api) }
        }
        if !api.schemes.isEmpty {
            add(GeneratedNames.schemesFile(library), .generated, "schemes") { ContextValues.schemes(api) }
        }
        add(GeneratedNames.serverFile(library), .generated, "server", weight: allOperations) { ContextValues.server(api) }
        add(GeneratedNames.handlersFile(api.appModule), .user, "handlers")
        for group in api.groups {
            // One context for both: it is the largest one gen builds.
            let files = [(group.operationsFile, PlannedFile.Ownership.generated, "operations"), (group.handlersFile, .user, "group-handlers")]
            jobs.append(RenderJob(kind: .templates(files, context: { ContextValues.group(group) }), weight: 2 * group.operations.count))
        }
        if !api.schemes.isEmpty {
            add(GeneratedNames.authenticatorsFile(api.appModule), .user, "authenticators")
            for implementation in api.implementations {
                add(implementation.file, .user, "authenticator") { ContextValues.stub(implementation) }
            }
            for scheme in api.schemes {
                if !ContextValues.refusalHooks(scheme).isEmpty {
                    add(scheme.hooksFile, .user, "refusal-hooks") { ContextValues.refusalHooksFile(scheme) }
                }
            }
        }
        for exception in api.exceptions where exception.bodyType != nil {
            add(exception.handlerFile, .user, "exception-handler") { ContextValues.exception(exception) }
        }
        if let answer = api.validationError {
            add(answer.handlerFile, .user, "exception-handler") { ContextValues.validationError(answer) }
        }
        jobs.append(RenderJob(kind: .documentFiles, weight: 0))
        add(GeneratedNames.appFile(api.appModule), .user, "app")
        add(GeneratedNames.smokeTestFile(api.testModule), .user, "smoke-test")
        add(GeneratedNames.authMatrixFile(api.testModule), .generated, "auth-matrix", weight: allOperations) { ContextValues.authMatrix(api) }
        add(GeneratedNames.testCredentialsFile(api.testModule), .user, "test-credentials", weight: allOperations) {
            ContextValues.testCredentials(api)
        }
        return jobs
    }

    /// Each requirement the user implements: protocol, the user file it belongs in, signature,
    /// the signature rendered by the partial that the protocol's template uses too.
    private func requirements(_ api: ResolvedAPI) throws(GenerationError) -> [(protocolName: String, file: String, signature: String)] {
        let common = ContextValues.common(api, runtime: runtime, specFileName: specFileName)
        func signature(_ partial: String, _ context: TemplateContext) throws(GenerationError) -> String {
            try templates.render(partial, context: context, shared: common)
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

/// What `Renderer.render` makes: the package's files in the order gen writes them, and each
/// requirement the user implements.
struct RenderedPackage: Sendable {
    var files: [PlannedFile]
    var requirements: [(protocolName: String, file: String, signature: String)]
}

/// One step of `Renderer.render`: files from templates, or the place of the OpenAPI document's
/// files (which the document's own job renders).
private struct RenderJob: Sendable {
    enum Kind: Sendable {
        /// Files rendered from one context (built on the thread that renders them): path,
        /// ownership and template of each.
        case templates([(path: String, ownership: PlannedFile.Ownership, template: String)], context: @Sendable () -> TemplateContext)
        case documentFiles
    }

    var kind: Kind
    /// About how long the job takes, in operations rendered: the longest start first.
    var weight: Int
}

private enum RenderOutput: Sendable {
    case document([PlannedFile])
    case files([PlannedFile])
    case requirements([(protocolName: String, file: String, signature: String)])
    case later
}
