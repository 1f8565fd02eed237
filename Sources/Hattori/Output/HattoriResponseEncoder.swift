public import Hummingbird
import JSONEscaping
import Foundation

/// The `responseEncoder` of `HattoriRequestContext`: every JSON body a generated server sends is
/// encoded here, as Hummingbird encodes a handler's `ResponseEncodable` result: with
/// `HattoriJSON.encoder` (compact, keys sorted, slashes unescaped, ISO 8601 dates). A bare string
/// is written by `JSONText` (the same bytes; 1.7× faster, BENCHMARKS.md).
public struct HattoriResponseEncoder: ResponseEncoder, Sendable {
    public init() {}

    /// A 200 with `value` as `application/json`; the caller sets the status it answers with.
    public func encode(_ value: some Encodable, from request: Request, context: some RequestContext) throws -> Response {
        if let text = value as? String { return Self.response(ByteBuffer(string: JSONText.string(text))) }
        return Self.response(ByteBuffer(bytes: try HattoriJSON.encoder.encode(value)))
    }

    /// A response whose body is JSON text written already.
    static func response(_ body: ByteBuffer, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }
}
