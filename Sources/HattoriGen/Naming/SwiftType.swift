/// A Swift type of the generated code, as data: resolved from the spec's types, spelled in one place
/// (`text`), so no stage takes type names apart again.
indirect enum SwiftType: Sendable, Hashable {
    case string, int, double, bool, date, uuid
    /// `Hattori.CalendarDate`, `Hattori.EmailAddress`, `Foundation.URL`: the spec's `date`, `email`, `url`.
    case calendarDate, email, url
    /// `Hattori.JSONValue`: the spec's `any`.
    case json
    /// `Foundation.Data`: the body of a bytes response (`content: image/png`).
    case data
    /// `Hattori.UploadedFile`: a `file` form field.
    case uploadedFile
    /// `Hattori.SessionUser`: the identity of session schemes.
    case sessionUser
    /// A type gen declares in the generated module: a schema (`Pet`). `module` qualifies it where a
    /// name declared around its use would shadow it (`ShopAPI.Identity` inside `SchemeLists.X`).
    case declared(String, module: String? = nil)
    /// An enum nested in the declaration that uses it (a field's or parameter's inline `enum:`).
    case nested(String)
    case array(SwiftType)
    /// `[Swift.String: T]`: the spec's `{string: T}`.
    case map(SwiftType)

    /// The type as generated code writes it: `Swift.String`, `[Pet]`, `ShopAPI.Identity`.
    var text: String {
        switch self {
        case .string: return "Swift.String"
        case .int: return "Swift.Int"
        case .double: return "Swift.Double"
        case .bool: return "Swift.Bool"
        case .date: return "Foundation.Date"
        case .uuid: return "Foundation.UUID"
        case .calendarDate: return "Hattori.CalendarDate"
        case .email: return "Hattori.EmailAddress"
        case .url: return "Foundation.URL"
        case .json: return "Hattori.JSONValue"
        case .data: return "Foundation.Data"
        case .uploadedFile: return "Hattori.UploadedFile"
        case .sessionUser: return "Hattori.SessionUser"
        case .declared(let name, let module): return module.map { "\($0).\(name)" } ?? name
        case .nested(let name): return name
        case .array(let element): return "[\(element.text)]"
        case .map(let value): return "[Swift.String: \(value.text)]"
        }
    }

    /// The type as the user's files and the requirements they implement write it: `String`,
    /// `[Pet]`, `SessionUser`. Unambiguous in both modules: a schema never takes a name of Swift,
    /// Foundation or the runtime (`NameRules.reservedTypeNames`), and no scope around these
    /// spellings declares one of the spec's names.
    var plainText: String {
        switch self {
        case .string: return "String"
        case .int: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        case .date: return "Date"
        case .uuid: return "UUID"
        case .calendarDate: return "CalendarDate"
        case .email: return "EmailAddress"
        case .url: return "URL"
        case .json: return "JSONValue"
        case .data: return "Data"
        case .uploadedFile: return "UploadedFile"
        case .sessionUser: return "SessionUser"
        case .declared(let name, _), .nested(let name): return name
        case .array(let element): return "[\(element.plainText)]"
        case .map(let value): return "[String: \(value.plainText)]"
        }
    }

    /// A signature an earlier gen recorded, with the module qualifiers it then wrote removed
    /// (`Swift.String`, `Hattori.AuthRequest`, `<Name>API.Identity`), as `plainText` spells it now:
    /// so that a requirement the user has already implemented is not reported as new.
    static func unqualified(_ signature: String, modules: [String]) -> String {
        // A qualifier starts a type: after `Operations.` it is a type's own name (`Operations.ShopAPI`).
        let pattern = "(?<![\\w.])(?:" + (["Swift", "Foundation", "Hattori"] + modules).joined(separator: "|") + ")\\."
        return signature.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
    }

    /// Whether the type needs `import Foundation` where it is spelled plainly.
    var needsFoundation: Bool {
        switch self {
        case .date, .uuid, .url, .data: return true
        case .array(let element): return element.needsFoundation
        case .map(let value): return value.needsFoundation
        default: return false
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
