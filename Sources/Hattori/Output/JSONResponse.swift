public import Hummingbird
import JSONEscaping
import Foundation

/// Builds the responses generated handlers return: a status with a JSON body, or no body.
public enum JSONResponse {
    /// A JSON response. Encoding generated models cannot fail; if a hand-written body type
    /// throws anyway, the client gets a plain 500 and the details stay in the server.
    public static func make(status: HTTPResponse.Status, body: some Encodable, headers: HTTPFields = [:]) -> Response {
        // A bare string needs no encoder: the same bytes, without JSONEncoder's setup per call.
        if let text = body as? String {
            return json(JSONText.string(text), status: status, headers: headers)
        }
        // Generated models, written as they encode; the rest through JSONEncoder, same bytes.
        if let text = StreamingJSON.encode(body) {
            return json(text, status: status, headers: headers)
        }
        guard let data = try? HattoriJSON.encoder.encode(body) else {
            return detail(status: .internalServerError, message: "Internal Server Error")
        }
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `{"detail": "<message>"}`, the body of every error answer (401, 403, 404, 405, 500).
    public static func detail(status: HTTPResponse.Status, message: String, headers: HTTPFields = [:]) -> Response {
        json(#"{"detail":"# + JSONText.string(message) + "}", status: status, headers: headers)
    }

    /// A response whose body is JSON text written already.
    private static func json(_ text: String, status: HTTPResponse.Status, headers: HTTPFields) -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A response without a body (204, 304, or any status the spec declares with `null`).
    public static func empty(status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        Response(status: status, headers: headers)
    }
}

/// The typed output of one operation: generated enums with one case per declared status.
public protocol OperationOutput: Sendable {
    func response() -> Response
}
