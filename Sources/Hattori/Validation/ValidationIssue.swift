public import Hummingbird
import Foundation

/// One element of an issue's location: a field name or a list index, as in `["body", "tags", 0]`.
public enum LocationElement: Sendable, Hashable, Encodable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)

    public init(stringLiteral value: String) { self = .key(value) }
    public init(integerLiteral value: Int) { self = .index(value) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .key(let key): try container.encode(key)
        case .index(let index): try container.encode(index)
        }
    }
}

/// One invalid input, in the shape Django Ninja (pydantic) reports it:
/// `{"type": "missing", "loc": ["query", "limit"], "msg": "Field required"}`, with `ctx` where
/// pydantic gives one (`{"type": "greater_than_equal", …, "ctx": {"ge": 1}}`).
public struct ValidationIssue: Sendable, Hashable, Encodable {
    public var type: String
    public var loc: [LocationElement]
    public var msg: String
    /// The constraint's values; absent from the JSON when nil.
    public var ctx: [String: JSONValue]?

    public init(type: String, loc: [LocationElement], msg: String, ctx: [String: JSONValue]? = nil) {
        self.type = type
        self.loc = loc
        self.msg = msg
        self.ctx = ctx
    }

    /// The issue as the default 422 writes it (`ctx` only where there is one), for a
    /// `validation_error` hook that keeps pydantic's entries in its own body.
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "type": .string(type), "msg": .string(msg),
            "loc": .array(loc.map { element in
                switch element {
                case .key(let key): .string(key)
                case .index(let index): .int(index)
                }
            }),
        ]
        if let ctx { object["ctx"] = .object(ctx) }
        return .object(object)
    }

    public static func missing(at loc: [LocationElement]) -> Self {
        Self(type: "missing", loc: loc, msg: "Field required")
    }

    func prefixed(by prefix: [LocationElement]) -> Self {
        Self(type: type, loc: prefix + loc, msg: msg, ctx: ctx)
    }
}

/// Thrown when a request's input does not validate; answered as 422 `{"detail": [issues…]}`.
public struct ValidationFailure: Error, Sendable, HTTPResponseError {
    public var issues: [ValidationIssue]

    public init(_ issues: [ValidationIssue]) {
        self.issues = issues
    }

    public var status: HTTPResponse.Status { .unprocessableContent }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONResponse.make(status: status, body: ["detail": issues], from: request, context: context)
    }
}
