import Foundation
import OpenAPIKit

/// The whole pipeline: load → validate → resolve → render → write.
public struct Generator: Sendable {
    /// 0.2: the package's own code in a target of its own (0.1 kept it in gen's, docs/migrating.md).
    public static let version = "0.2.0"

    /// Where an installed gen (no checkout at hand) points generated packages for the runtime:
    /// the project's repository, from this version on. `--runtime-url` and `--runtime-version`
    /// choose another (a fork, a mirror, a local clone).
    public static let defaultRuntime = RuntimeDependency.url("https://github.com/hattori-swift/hattori", from: version)

    public struct Options: Sendable {
        public var spec: URL
        public var output: URL
        /// A customised copy of `Templates/`; nil: gen's own.
        public var templates: URL?
        /// nil: the checkout gen was built from, when it is still there (`RuntimeDependency.checkout`),
        /// else `defaultRuntime`.
        public var runtime: RuntimeDependency?
        public var checkOnly: Bool

        public init(spec: URL, output: URL? = nil, templates: URL? = nil, runtime: RuntimeDependency? = nil, checkOnly: Bool = false) {
            self.spec = spec.standardizedFileURL
            self.output = (output ?? spec.deletingLastPathComponent()).standardizedFileURL
            self.templates = templates
            self.runtime = runtime
            self.checkOnly = checkOnly
        }
    }

    public struct Result: Sendable {
        public var report: WriteReport
        /// What the user must add to files they already own, by file: handler methods, and the
        /// dependencies `Package.swift` lacks.
        public var newRequirements: [(file: String, signatures: [String])]
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Everything up to rendering, without touching the disk (besides reading the spec).
    func loadAndResolve() throws(DiagnosticsError) -> ResolvedAPI {
        let text = try SpecLoader.readText(of: options.spec, displayName: displayName)
        return try GeneratorPipeline(file: displayName).resolve(text: text)
    }

    /// The OpenAPI document of the spec, without writing a package.
    public func openAPIDocument(format: OpenAPIEncoding.Format) throws -> String {
        let api = try loadAndResolve()
        return try OpenAPIEncoding.encode(OpenAPIBuilder(api: api).document(), as: format)
    }

    /// The OpenAPI document of the spec as OpenAPIKit's value, for Benchmarks/Stages.
    package func openAPIDocumentValue() throws -> OpenAPI.Document {
        OpenAPIBuilder(api: try loadAndResolve()).document()
    }

    /// The spec's path as diagnostics print it: relative to the working directory when inside it.
    var displayName: String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let path = options.spec.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }

    public func run() throws -> Result {
        // The templates parse while the spec loads: neither needs the other.
        let (api, templates) = try Parallel.both({ [self] in try loadAndResolve() }, { [options] in
            try options.templates.map(TemplateSet.init(directory:)) ?? TemplateSet.standard()
        })
        let runtime = options.runtime ?? HattoriRepository.checkout.map { .checkout($0, from: options.output) } ?? Self.defaultRuntime
        let renderer = Renderer(templates: templates, runtime: runtime, specFileName: options.spec.lastPathComponent)
        let package = try renderer.render(api) { () throws(GenerationError) in try OpenAPIStage.document(api) }
        let files = package.files, requirementList = package.requirements
        let requirements = Dictionary(grouping: requirementList, by: \.protocolName).mapValues { $0.map(\.signature) }
        let manifest = Manifest(generator: "gen \(Self.version)", spec: RelativePath.from(options.output, to: options.spec),
                                generatedFiles: files.filter { $0.ownership == .generated }.map(\.path) + [Manifest.path],
                                requirements: requirements)
        let previous = Manifest.read(from: options.output)
        if let migration = LayoutMigration.needed(in: options.output, previous: previous, api: api) { throw migration }
        let writer = OutputWriter(directory: options.output)
        let plan = try writer.plan(files, manifest: manifest)
        if !options.checkOnly {
            try writer.apply(writes: plan.writes, removals: plan.removals)
        }
        // New requirements whose file the user already owns: gen cannot add them there itself.
        var newRequirements: [(String, [String])] = []
        if let previous {
            let implemented = previous.requirements.mapValues { Set($0.map { SwiftType.unqualified($0, modules: [api.libraryModule]) }) }
            for requirement in requirementList where plan.report.keptUserFiles.contains(requirement.file) {
                guard !(implemented[requirement.protocolName] ?? []).contains(requirement.signature) else { continue }
                if let index = newRequirements.firstIndex(where: { $0.0 == requirement.file }) {
                    newRequirements[index].1.append(requirement.signature)
                } else {
                    newRequirements.append((requirement.file, [requirement.signature]))
                }
            }
        }
        if plan.report.keptUserFiles.contains(AppFileCheck.path(of: api)) {
            let additions = AppFileCheck.missingImports(in: options.output, api: api)
            if !additions.isEmpty { newRequirements.append((AppFileCheck.path(of: api), additions)) }
        }
        if plan.report.keptUserFiles.contains(ManifestCheck.path) {
            let additions = ManifestCheck.missingDependencies(in: options.output, api: api, runtime: runtime)
            if !additions.isEmpty { newRequirements.append((ManifestCheck.path, additions)) }
        }
        return Result(report: plan.report, newRequirements: newRequirements)
    }
}

enum RelativePath {
    /// The path that leads from directory `base` to `target`, e.g. `../..`.
    static func from(_ base: URL, to target: URL) -> String {
        let baseParts = base.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let targetParts = target.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        var common = 0
        while common < min(baseParts.count, targetParts.count), baseParts[common] == targetParts[common] { common += 1 }
        let ups = Array(repeating: "..", count: baseParts.count - common)
        let parts = ups + targetParts[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
