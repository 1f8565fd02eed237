import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

struct HTTPResult {
    var status: Int
    var headers: HTTPHeaders
    var body: String
    /// The body's bytes as sent (`body` decodes them as UTF-8).
    var bytes: [UInt8] = []

    /// The body parsed as JSON.
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed]) }
}

/// Sends one request to a server on loopback.
func send(_ method: HTTPMethod, port: Int, _ path: String, body: String? = nil,
          headers: [(String, String)] = []) async throws -> HTTPResult {
    var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
    request.method = method
    for (name, value) in headers { request.headers.add(name: name, value: value) }
    if let body {
        request.body = .bytes(ByteBuffer(string: body))
        if !request.headers.contains(name: "content-type") { request.headers.add(name: "content-type", value: "application/json") }
    }
    let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
    let bytes = try await response.body.collect(upTo: 1 << 20)
    return HTTPResult(status: Int(response.status.code), headers: response.headers, body: String(buffer: bytes),
                      bytes: Array(buffer: bytes))
}
