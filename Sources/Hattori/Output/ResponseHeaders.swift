public import Foundation
public import HTTPTypes

/// A value a declared response header carries (`headers: {X-Total-Count: int}`): the scalars a
/// parameter can be, written as a client reads them back.
public protocol HeaderValue: Sendable {
    /// The header's text: `42`, `true`, `2024-01-31T12:00:00Z`, an enum's raw value.
    var headerText: String { get }
}

extension String: HeaderValue { public var headerText: String { self } }
extension Int: HeaderValue { public var headerText: String { String(self) } }
extension Double: HeaderValue { public var headerText: String { description } }
extension Bool: HeaderValue { public var headerText: String { self ? "true" : "false" } }
extension UUID: HeaderValue { public var headerText: String { uuidString.lowercased() } }
extension Date: HeaderValue { public var headerText: String { HattoriJSON.formatDate(self) } }
extension URL: HeaderValue { public var headerText: String { absoluteString } }
extension CalendarDate: HeaderValue { public var headerText: String { description } }
extension EmailAddress: HeaderValue { public var headerText: String { rawValue } }
extension StringEnum { public var headerText: String { rawValue } }

extension HTTPFields {
    /// Adds `name: value`; nothing for an absent optional header. Text that is not valid in a
    /// field value (a newline) is sent as spaces, never split into a second header.
    public mutating func append(header name: String, _ value: (some HeaderValue)?) {
        guard let value, let name = HTTPField.Name(name) else { return }
        append(HTTPField(name: name, value: value.headerText))
    }
}
