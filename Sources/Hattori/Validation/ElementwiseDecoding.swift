/// Lists decoded element by element, so that a 422 names every bad element as pydantic does:
/// Swift's own `Array.init(from:)` stops at the first.
protocol ElementwiseDecodable {
    /// The list, or a `ValidationFailure` with the issues of every element that did not decode.
    static func decodeElementwise(from decoder: any Decoder) throws -> Any
}

extension Array: ElementwiseDecodable where Element: Decodable {
    static func decodeElementwise(from decoder: any Decoder) throws -> Any {
        var container = try decoder.unkeyedContainer()
        var elements: [Element] = []
        var issues: [ValidationIssue] = []
        while !container.isAtEnd {
            // An attempt always decodes, so the container moves on past an element that failed.
            let attempt = try container.decode(Attempt<Element>.self)
            switch attempt.result {
            case .success(let element): elements.append(element)
            case .failure(let error): issues += DecodingIssues.issues(from: error, fallbackPath: attempt.codingPath)
            }
        }
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        return elements
    }
}

/// One element's decoding, kept instead of thrown.
private struct Attempt<Value: Decodable>: Decodable {
    let result: Result<Value, any Error>
    let codingPath: [any CodingKey]

    init(from decoder: any Decoder) {
        codingPath = decoder.codingPath
        // Through a single-value container, so that the decoder's own strategies (dates) apply.
        result = Result { try decoder.singleValueContainer().decode(Value.self) }
    }
}
