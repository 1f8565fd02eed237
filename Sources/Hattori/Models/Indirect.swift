/// Stores a model-typed field behind a reference, so that a model can contain itself
/// (`parent: Comment?`) and deeply nested models stay small values.
///
/// gen puts it on a field only where inline storage would not compile (recursion) or would make
/// the model's size and copy code grow with the depth of nesting. The box is immutable and a write
/// replaces it, so the field keeps value semantics.
@propertyWrapper
public struct Indirect<Value: Sendable>: Sendable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    public init(wrappedValue: Value) {
        box = Box(wrappedValue)
    }

    public var wrappedValue: Value {
        get { box.value }
        set { box = Box(newValue) }
    }
}

extension Indirect: Equatable where Value: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.box === rhs.box || lhs.wrappedValue == rhs.wrappedValue
    }
}

extension Indirect: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(wrappedValue)
    }
}
