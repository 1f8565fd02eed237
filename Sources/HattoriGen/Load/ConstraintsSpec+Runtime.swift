import FieldConstraints

extension ConstraintsSpec {
    /// The runtime's constraints for these (of a valid spec); `compiled`: the pattern, compiled already.
    func runtimeConstraints(compiled: Constraints.Pattern? = nil) -> Constraints {
        func limit(_ literal: Located<NumberLiteral>?) -> Constraints.Limit? {
            switch literal?.value {
            case .int(let value): .int(value)
            case .number(let value): .number(value)
            case nil: nil
            }
        }
        return Constraints(gt: limit(gt), ge: limit(ge), lt: limit(lt), le: limit(le),
                           multipleOf: limit(multipleOf), minLength: minLength?.value, maxLength: maxLength?.value,
                           pattern: compiled ?? pattern.flatMap { try? Constraints.Pattern(validating: $0.value) })
    }
}
