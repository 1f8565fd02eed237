import FieldConstraints

/// The checks on a field's constraints (`gt`, `min_length`, `pattern`, …): each applies to the
/// field's kind of value, bounds leave some value possible, a pattern compiles, and a default
/// satisfies them, checked by the code the runtime checks requests with.
enum ConstraintCheck {
    /// What a field's constraints constrain.
    enum Kind {
        case integer, number, string, list
        /// Booleans, date-times, UUIDs, `any`, enums and objects take no constraints.
        case none

        init(_ type: TypeSpec, isEnum: Bool) {
            switch type {
            case _ where isEnum: self = .none
            case .primitive(.int): self = .integer
            case .primitive(.number): self = .number
            case .primitive(.string): self = .string
            case .array: self = .list
            default: self = .none
            }
        }

        var keys: [String] {
            switch self {
            case .integer, .number: ConstraintsSpec.numberKeys
            case .string: ConstraintsSpec.stringKeys
            case .list: ConstraintsSpec.listKeys
            case .none: []
            }
        }
    }

    /// - Parameter isEnum: the field's values are an enum's (its own `enum:` or an enum schema).
    static func diagnostics(_ field: FieldSpec, what: String, isEnum: Bool) -> [Diagnostic] {
        let spec = field.constraints
        guard !spec.isEmpty else { return [] }
        var found: [Diagnostic] = []
        func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
            found.append(Diagnostic(message, at: location, hint: hint))
        }
        let kind = Kind(field.type.value, isEnum: isEnum)
        let type = isEnum ? "an enum" : TypeExpression.describe(field.type.value)
        for (key, location) in spec.written where !kind.keys.contains(key) {
            error("'\(key)' does not apply to \(what), of type \(type)", at: location,
                  hint: "gt, ge, lt, le and multiple_of apply to int and number; min_length, max_length and pattern to string; min_items and max_items to lists")
        }
        let keys = Set(spec.written.map(\.key))
        for (first, second) in [("min_length", "min_items"), ("max_length", "max_items")] where keys.contains(first) && keys.contains(second) {
            error("\(what) has both '\(first)' and '\(second)'", at: spec.written.last { $0.key == second }!.location,
                  hint: "they mean the same for a list; keep one")
        }
        guard found.isEmpty else { return found }

        if kind == .integer {
            for bound in [spec.gt, spec.ge, spec.lt, spec.le, spec.multipleOf].compactMap({ $0 }) {
                if case .number = bound.value { error("the bounds of \(what) must be whole numbers, as it is an int", at: bound.location) }
            }
        }
        if let divisor = spec.multipleOf, divisor.value.doubleValue <= 0 {
            error("'multiple_of' of \(what) must be greater than 0", at: divisor.location)
        }
        let lower = [spec.gt.map { ($0, true) }, spec.ge.map { ($0, false) }].compactMap { $0 }
        let upper = [spec.lt.map { ($0, true) }, spec.le.map { ($0, false) }].compactMap { $0 }
        for (low, lowExclusive) in lower {
            for (high, highExclusive) in upper {
                let (a, b) = (low.value.doubleValue, high.value.doubleValue)
                if a > b || (a == b && (lowExclusive || highExclusive)) {
                    error("no value satisfies the bounds of \(what)", at: high.location, hint: "the upper bound must be above the lower one")
                }
            }
        }
        if let minimum = spec.minLength, let maximum = spec.maxLength, minimum.value > maximum.value {
            error("no value satisfies the lengths of \(what): at least \(minimum.value) and at most \(maximum.value)", at: maximum.location)
        }
        var pattern: Constraints.Pattern?
        if let source = spec.pattern {
            do {
                pattern = try Constraints.Pattern(validating: source.value)
            } catch let failure {
                error("the pattern of \(what) is not a valid regular expression: \(failure.localizedDescription)", at: source.location,
                      hint: "patterns are ICU regular expressions, searched for anywhere in the value (anchor with ^ and $)")
            }
        }
        guard found.isEmpty, let defaultValue = field.defaultValue else { return found }
        let constraints = spec.runtimeConstraints(compiled: pattern)
        let violation: Violation?
        switch (kind, defaultValue.value) {
        case (.integer, .int(let value)): violation = value.violation(of: constraints)
        case (.number, .int(let value)): violation = Double(value).violation(of: constraints)
        case (.number, .number(let value)): violation = value.violation(of: constraints)
        case (.string, .string(let value)): violation = value.violation(of: constraints)
        case (.list, .emptyArray): violation = [Int]().violation(of: constraints)
        default: violation = nil  // a default of the wrong type is reported by the default's own check
        }
        if let violation {
            error("the default of \(what) breaks its constraints: \(violation.message)", at: defaultValue.location)
        }
        return found
    }
}

extension NumberLiteral {
    var doubleValue: Double {
        switch self {
        case .int(let value): Double(value)
        case .number(let value): value
        }
    }
}
