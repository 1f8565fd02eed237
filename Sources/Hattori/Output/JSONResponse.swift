public import Hummingbird
import Foundation

/// Builds the responses generated handlers return: a status with a JSON body, or no body.
public enum JSONResponse {
    /// A JSON response. Encoding generated models cannot fail; if a hand-written body type
    /// throws anyway, the client gets a plain 500 and the details stay in the server.
    public static func make(status: HTTPResponse.Status, body: some Encodable, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        guard let data = try? HattoriJSON.makeEncoder().encode(body) else {
            return Response(status: .internalServerError, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(string: #"{"detail":"Internal Server Error"}"#)))
        }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
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
