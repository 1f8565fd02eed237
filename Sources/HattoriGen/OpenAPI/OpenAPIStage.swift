import OpenAPIKit

/// The OpenAPI document as text, JSON and YAML: what the OpenAPI stage hands the renderer.
struct OpenAPIDocumentText: Sendable {
    var json: String
    var yaml: String
}

/// Stage 4, beside rendering: the resolved API's OpenAPI 3.1 document, built with OpenAPIKit
/// (`OpenAPIBuilder`) and written as JSON and YAML (`OpenAPIEncoding`).
enum OpenAPIStage {
    static func document(_ api: ResolvedAPI) throws(GenerationError) -> OpenAPIDocumentText {
        do {
            let (json, yaml) = try OpenAPIEncoding.encodeBoth(OpenAPIBuilder(api: api).document())
            return OpenAPIDocumentText(json: json, yaml: yaml)
        } catch {
            throw GenerationError("cannot encode the OpenAPI document: \(error)")
        }
    }
}
