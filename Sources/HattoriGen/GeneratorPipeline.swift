/// gen's stages, in order, each handing the next a typed value: load (a located `APISpec`) →
/// name (`NamePlan`) and validate (`ValidatedSpec`) → resolve (`ResolvedAPI`, its answers
/// checked) → render and OpenAPI (the package's files, in `Renderer`) → write (`OutputWriter`).
/// gen and the tests reach the stages through it, so no test skips a stage gen runs.
struct GeneratorPipeline: Sendable {
    /// How diagnostics name the spec: its path, relative to the working directory when inside it.
    var file: String

    /// Load, name and validate: the problems of all three at once. A spec whose shape is partly
    /// wrong is still named and checked where it loaded, so one run reports everything.
    func validate(text: String) throws(DiagnosticsError) -> ValidatedSpec {
        let (loaded, loadProblems) = try SpecLoader.loadPartially(text: text, file: file)
        guard let spec = loaded else { throw DiagnosticsError(loadProblems) }
        let (names, namingProblems) = NamingPass.plan(spec)
        let problems = loadProblems + namingProblems + SpecValidator.diagnostics(spec, names: names)
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return ValidatedSpec(spec: spec, names: names)
    }

    /// Up to resolve: what the render and OpenAPI stages take.
    func resolve(text: String) throws(DiagnosticsError) -> ResolvedAPI {
        let api = Resolver.resolve(try validate(text: text))
        let problems = AnswerCheck.diagnostics(api)
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return api
    }
}
