import Foundation
import HTTPTypes
import Hummingbird
import Logging

// Routes of the AuthGuide sample, by hand: /api/bearer, /api/basic, /api/multiple (query key,
// then header key) and POST /api/json-echo (bearer, JSON body). Same status codes and bodies.

let unauthorized = Response(status: .unauthorized, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(string: #"{"detail":"Unauthorized"}"#)))

func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
}

func equalInConstantTime(_ a: Substring, _ b: String) -> Bool {
    let left = Array(a.utf8), right = Array(b.utf8)
    guard left.count == right.count else { return false }
    var difference: UInt8 = 0
    for index in 0..<left.count { difference |= left[index] ^ right[index] }
    return difference == 0
}

func bearerToken(_ request: Request) -> Substring? {
    guard let value = request.headers[.authorization], let space = value.firstIndex(of: " "),
          value[..<space].lowercased() == "bearer" else { return nil }
    let token = value[value.index(after: space)...].trimmingCharacters(in: .whitespaces)
    return token.isEmpty ? nil : Substring(token)
}

struct TokenBody: Codable { var token: String }

let apiKeyHeader = HTTPField.Name("key")!
let router = Router()
router.get("/api/bearer") { request, _ -> Response in
    guard let token = bearerToken(request), equalInConstantTime(token, "supersecret") else { return unauthorized }
    return json(#"{"token":"supersecret"}"#)
}
router.get("/api/basic") { request, _ -> Response in
    guard let value = request.headers[.authorization], value.lowercased().hasPrefix("basic "),
          let data = Data(base64Encoded: String(value.dropFirst(6))), let decoded = String(data: data, encoding: .utf8),
          let colon = decoded.firstIndex(of: ":"), decoded[..<colon] == "admin",
          equalInConstantTime(decoded[decoded.index(after: colon)...], "secret")
    else { return unauthorized }
    return json(#"{"httpuser":"admin"}"#)
}
router.get("/api/multiple") { request, _ -> Response in
    if let key = request.uri.queryParameters["key"], equalInConstantTime(key, "supersecret") {
        return json(#""Token = supersecret""#)
    }
    if let key = request.headers[apiKeyHeader], equalInConstantTime(Substring(key), "supersecret") {
        return json(#""Token = supersecret""#)
    }
    return unauthorized
}
router.post("/api/json-echo") { request, context -> Response in
    guard let token = bearerToken(request), equalInConstantTime(token, "supersecret") else { return unauthorized }
    var request = request
    let buffer = try await request.collectBody(upTo: context.maxUploadSize)
    guard let body = try? JSONDecoder().decode(TokenBody.self, from: Data(buffer: buffer)) else {
        return json(#"{"detail":[{"loc":["body"],"msg":"Invalid JSON","type":"json_invalid"}]}"#, status: .unprocessableContent)
    }
    return json(String(decoding: try JSONEncoder().encode(body), as: UTF8.self))
}

let port = CommandLine.arguments.firstIndex(of: "--port").flatMap { Int(CommandLine.arguments[$0 + 1]) } ?? 8081
var logger = Logger(label: "HandWrittenServer")
logger.logLevel = .info
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger)
try await app.runService()
