// Created by gen; this file is yours: gen never overwrites it.
import Hattori
import CatalogAPI

extension Handlers {
    /// The body of the 422 answer to invalid input, instead of the default 422.
    ///
    /// RealWorld's `{"errors": {"body.title": ["..."]}}`, with pydantic's entries kept in `detail`.
    func handle(_ error: ValidationFailure, context: OperationContext) async throws -> InvalidInput {
        var errors: [String: [String]] = [:]
        for issue in error.issues {
            let place = issue.loc.map { element in
                switch element {
                case .key(let key): key
                case .index(let index): String(index)
                }
            }
            errors[place.joined(separator: "."), default: []].append(issue.msg)
        }
        return InvalidInput(errors: errors, detail: error.issues.map(\.json))
    }
}
