/// A Swift type of the generated code, as data: resolved from the spec's types, spelled in one place
/// (`text`), so no stage takes type names apart again.
indirect enum SwiftType: Sendable, Hashable {
    case string, int, double, bool, date, uuid
    /// `Hattori.JSONValue`: the spec's `any`.
    case json
    /// `Hattori.SessionUser`: the identity of session schemes.
    case sessionUser
    /// A type gen declares in the generated module: a schema (`Pet`). `module` qualifies it where a
    /// name declared around its use would shadow it (`ShopAPI.Identity` inside `SchemeLists.X`).
    case declared(String, module: String? = nil)
    /// An enum nested in the declaration that uses it (a field's or parameter's inline `enum:`).
    case nested(String)
    case array(SwiftType)

    /// The type as generated code writes it: `Swift.String`, `[Pet]`, `ShopAPI.Identity`.
    var text: String {
        switch self {
        case .string: return "Swift.String"
        case .int: return "Swift.Int"
        case .double: return "Swift.Double"
        case .bool: return "Swift.Bool"
        case .date: return "Foundation.Date"
        case .uuid: return "Foundation.UUID"
        case .json: return "Hattori.JSONValue"
        case .sessionUser: return "Hattori.SessionUser"
        case .declared(let name, let module): return module.map { "\($0).\(name)" } ?? name
        case .nested(let name): return name
        case .array(let element): return "[\(element.text)]"
        }
    }

    /// The element of a list; the type itself otherwise.
    var element: SwiftType {
        if case .array(let element) = self { return element }
        return self
    }

    var isList: Bool {
        if case .array = self { return true }
        return false
    }
}
