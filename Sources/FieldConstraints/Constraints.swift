import Foundation

/// The constraints a spec puts on a field, parameter or form field, as pydantic's `Field(gt=…,
/// min_length=…, pattern=…)`: checked once the value has its type. A value that breaks one gets
/// the issue pydantic reports for the first it breaks, in pydantic's order (numbers: `multiple_of`,
/// `le`, `lt`, `ge`, `gt`; strings: `min_length`, `max_length`, `pattern`; lists: `min_length`,
/// `max_length`), with pydantic's `type`, `msg` and `ctx`.
///
/// Its own module, so that gen checks a spec's defaults against their constraints with the very
/// code the runtime checks requests with. Generated code builds each field's constraints once, as
/// a static constant (`Hattori.Constraints`).
public struct Constraints: Sendable {
    public var gt: Limit?
    public var ge: Limit?
    public var lt: Limit?
    public var le: Limit?
    public var multipleOf: Limit?
    /// Characters (Unicode scalars, as Python counts them) of a string; items of a list.
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: Pattern?

    public init(gt: Limit? = nil, ge: Limit? = nil, lt: Limit? = nil, le: Limit? = nil, multipleOf: Limit? = nil,
                minLength: Int? = nil, maxLength: Int? = nil, pattern: Pattern? = nil) {
        self.gt = gt
        self.ge = ge
        self.lt = lt
        self.le = le
        self.multipleOf = multipleOf
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
    }

    /// A bound as the spec wrote it: an integer or a number (its text is Python's, for messages).
    public enum Limit: Sendable, Equatable {
        case int(Int)
        case number(Double)

        public var doubleValue: Double {
            switch self {
            case .int(let value): Double(value)
            case .number(let value): value
            }
        }

        /// As Python prints it: `1`, `1.5`, `2.0`.
        public var text: String {
            switch self {
            case .int(let value): "\(value)"
            case .number(let value): "\(value)"
            }
        }

        var context: ContextValue {
            switch self {
            case .int(let value): .int(value)
            case .number(let value): .number(value)
            }
        }
    }

    /// A regular expression a string must contain a match of (pydantic searches; it does not anchor).
    public struct Pattern: @unchecked Sendable {  // NSRegularExpression is immutable and thread-safe
        public let source: String
        let expression: NSRegularExpression

        /// gen has compiled `source` already (`init(validating:)`): it cannot fail here.
        public init(_ source: String) {
            do {
                try self.init(validating: source)
            } catch {
                preconditionFailure("gen checked that the pattern '\(source)' compiles: \(error)")
            }
        }

        /// The pattern, or the engine's error when it does not compile.
        public init(validating source: String) throws {
            self.source = source
            expression = try NSRegularExpression(pattern: source)
        }

        public func matches(_ text: String) -> Bool {
            expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }

}

/// What a broken constraint is reported as: pydantic's error `type`, `msg` and `ctx`.
public struct Violation: Sendable, Equatable {
    public var type: String
    public var message: String
    public var context: [String: ContextValue]

    public init(type: String, message: String, context: [String: ContextValue]) {
        self.type = type
        self.message = message
        self.context = context
    }
}

/// A value in a violation's `ctx`.
public enum ContextValue: Sendable, Equatable {
    case int(Int)
    case number(Double)
    case string(String)
}

/// A value constraints apply to: integers and numbers (bounds), strings (length, pattern), lists (length).
public protocol ConstrainedValue {
    func violation(of constraints: Constraints) -> Violation?
}

extension Int: ConstrainedValue {
    public func violation(of constraints: Constraints) -> Violation? {
        if let multiple = constraints.multipleOf {
            let isMultiple: Bool
            switch multiple {
            case .int(let divisor): isMultiple = divisor != 0 && self % divisor == 0
            case .number(let divisor): isMultiple = Double(self).isMultiple(ofReal: divisor)
            }
            if !isMultiple { return Violation.multipleOf(multiple) }
        }
        return Violation.bounds(constraints) { limit in
            switch limit {
            case .int(let bound): self < bound ? -1 : self == bound ? 0 : 1
            case .number(let bound): Double(self) < bound ? -1 : Double(self) == bound ? 0 : 1
            }
        }
    }
}

extension Double: ConstrainedValue {
    public func violation(of constraints: Constraints) -> Violation? {
        if let multiple = constraints.multipleOf, !isMultiple(ofReal: multiple.doubleValue) {
            return Violation.multipleOf(multiple)
        }
        return Violation.bounds(constraints) { limit in
            let bound = limit.doubleValue
            return self < bound ? -1 : self == bound ? 0 : 1
        }
    }

    /// As pydantic-core checks a float's `multiple_of`: the remainder is within a billionth of
    /// the value of 0 or of the divisor, so that `0.3` is a multiple of `0.1` (and `5e-324` is not
    /// one of `0.01`).
    func isMultiple(ofReal divisor: Double) -> Bool {
        guard divisor != 0 else { return false }
        let remainder = truncatingRemainder(dividingBy: divisor)
        let threshold = abs(self) / 1e9
        return abs(remainder) <= threshold || abs(remainder - divisor) <= threshold
    }
}

extension String: ConstrainedValue {
    public func violation(of constraints: Constraints) -> Violation? {
        let length = unicodeScalars.count
        if let minimum = constraints.minLength, length < minimum {
            return Violation(type: "string_too_short",
                             message: "String should have at least \(minimum) character\(minimum == 1 ? "" : "s")",
                             context: ["min_length": .int(minimum)])
        }
        if let maximum = constraints.maxLength, length > maximum {
            return Violation(type: "string_too_long",
                             message: "String should have at most \(maximum) character\(maximum == 1 ? "" : "s")",
                             context: ["max_length": .int(maximum)])
        }
        if let pattern = constraints.pattern, !pattern.matches(self) {
            return Violation(type: "string_pattern_mismatch", message: "String should match pattern '\(pattern.source)'",
                             context: ["pattern": .string(pattern.source)])
        }
        return nil
    }
}

extension Array: ConstrainedValue {
    public func violation(of constraints: Constraints) -> Violation? {
        if let minimum = constraints.minLength, count < minimum {
            return Violation(type: "too_short",
                             message: "List should have at least \(minimum) item\(minimum == 1 ? "" : "s") after validation, not \(count)",
                             context: ["field_type": .string("List"), "min_length": .int(minimum), "actual_length": .int(count)])
        }
        if let maximum = constraints.maxLength, count > maximum {
            return Violation(type: "too_long",
                             message: "List should have at most \(maximum) item\(maximum == 1 ? "" : "s") after validation, not \(count)",
                             context: ["field_type": .string("List"), "max_length": .int(maximum), "actual_length": .int(count)])
        }
        return nil
    }
}

extension Violation {
    static func multipleOf(_ divisor: Constraints.Limit) -> Violation {
        Violation(type: "multiple_of", message: "Input should be a multiple of \(divisor.text)", context: ["multiple_of": divisor.context])
    }

    /// The bounds in pydantic's order; `compare` gives -1, 0 or 1 for the value against a bound.
    static func bounds(_ constraints: Constraints, compare: (Constraints.Limit) -> Int) -> Violation? {
        if let le = constraints.le, compare(le) > 0 {
            return Violation(type: "less_than_equal", message: "Input should be less than or equal to \(le.text)", context: ["le": le.context])
        }
        if let lt = constraints.lt, compare(lt) >= 0 {
            return Violation(type: "less_than", message: "Input should be less than \(lt.text)", context: ["lt": lt.context])
        }
        if let ge = constraints.ge, compare(ge) < 0 {
            return Violation(type: "greater_than_equal", message: "Input should be greater than or equal to \(ge.text)", context: ["ge": ge.context])
        }
        if let gt = constraints.gt, compare(gt) <= 0 {
            return Violation(type: "greater_than", message: "Input should be greater than \(gt.text)", context: ["gt": gt.context])
        }
        return nil
    }
}
