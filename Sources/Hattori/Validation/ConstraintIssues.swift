public import FieldConstraints

/// A field's constraints, as generated code spells them: `Hattori.Constraints(ge: .int(1))`.
public typealias Constraints = FieldConstraints.Constraints

extension Constraints {
    /// The issue for the first constraint `value` breaks, located at `loc`; nil when it breaks none.
    func issue(for value: some ConstrainedValue, at loc: [LocationElement]) -> ValidationIssue? {
        value.violation(of: self).map { violation in
            ValidationIssue(type: violation.type, loc: loc, msg: violation.message, ctx: violation.context.mapValues(JSONValue.init))
        }
    }
}

extension JSONValue {
    init(_ value: ContextValue) {
        switch value {
        case .int(let number): self = .int(number)
        case .number(let number): self = .number(number)
        case .string(let text): self = .string(text)
        }
    }
}
