import FieldConstraints
import Foundation

/// The spec's `url` (pydantic's `AnyUrl`), read into `Foundation.URL`: an absolute URL
/// (`URLSyntax`). Anything else gets pydantic's `url_parsing` issue with its reason:
/// `{"msg": "Input should be a valid URL, relative URL without a base", "ctx": {"error": …}}`.
enum AbsoluteURL {
    static func expectation(_ failure: SyntaxFailure) -> Expectation {
        Expectation(type: "url_parsing", message: "Input should be a valid URL, \(failure.reason)")
    }

    /// What a value that is not text at all should have been.
    static let typeExpectation = Expectation(type: "url_type", message: "URL input should be a string or URL")
}

extension URL: ParameterValue {
    public init?(parameter: Substring) {
        guard case .success(let url) = URLSyntax.parse(String(parameter)) else { return nil }
        self = url
    }

    public static var expectation: Expectation { AbsoluteURL.typeExpectation }

    public static func issue(for parameter: Substring) -> (expectation: Expectation, context: [String: JSONValue]?) {
        guard case .failure(let failure) = URLSyntax.parse(String(parameter)) else { return (expectation, nil) }
        return (AbsoluteURL.expectation(failure), ["error": .string(failure.reason)])
    }
}
