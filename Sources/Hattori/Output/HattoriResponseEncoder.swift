public import Hummingbird
import JSONEscaping
import Foundation

/// The `responseEncoder` of `HattoriRequestContext`: every JSON body a generated server sends is
/// encoded here, as Hummingbird encodes a handler's `ResponseEncodable` result.
///
/// The bytes are `HattoriJSON.encoder`'s (compact, keys sorted, slashes unescaped, ISO 8601
/// dates). Bare strings and generated models are written as they encode (`StreamingJSON`), which
/// skips the value tree `JSONEncoder` builds first; anything the stream cannot write exactly as the
/// encoder would goes through `JSONEncoder`. BENCHMARKS.md measures the two side by side.
public struct HattoriResponseEncoder: ResponseEncoder {
    public init() {}

    /// A 200 with `value` as `application/json`; the caller sets the status it answers with.
    public func encode(_ value: some Encodable, from request: Request, context: some RequestContext) throws -> Response {
        try Self.response(Self.json(value))
    }

    /// The JSON text of `value`.
    static func json(_ value: some Encodable) throws -> ByteBuffer {
        // A bare string needs no encoder: the same bytes, without JSONEncoder's setup per call.
        if let text = value as? String { return ByteBuffer(string: JSONText.string(text)) }
        if let text = StreamingJSON.encode(value) { return ByteBuffer(string: text) }
        return ByteBuffer(bytes: try HattoriJSON.encoder.encode(value))
    }

    /// A response whose body is JSON text written already.
    static func response(_ body: ByteBuffer, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }
}
