import Foundation
import Hattori
import Hummingbird
import HummingbirdTesting
import Testing

private struct Greeting: OperationOutput {
    var text: String
    func response(from request: Request, context: some RequestContext) -> Response {
        JSONResponse.make(status: .created, body: ["greeting": text], from: request, context: context)
    }
}

/// An encoder that writes something no JSON encoder would, to see which encoder ran.
private struct MarkerEncoder: ResponseEncoder {
    func encode(_ value: some Encodable, from request: Request, context: some RequestContext) throws -> Response {
        Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "encoded by the context")))
    }
}

private struct MarkerContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    init(source: ApplicationRequestContextSource) { coreContext = .init(source: source) }
    var responseEncoder: MarkerEncoder { MarkerEncoder() }
}

private struct Stamp: ResponseCodable {
    var at: Date
}

@Suite("Runtime: JSON through the request context's coders")
struct ContextCodersTests {
    func get<Context: RequestContext>(_ router: Router<Context>, _ path: String, body: String? = nil) async throws -> (HTTPResponse.Status, String)
    where Context.Source == ApplicationRequestContextSource {
        try await Application(router: router).test(.router) { client in
            try await client.execute(uri: path, method: body == nil ? .get : .post, body: body.map { ByteBuffer(string: $0) }) {
                ($0.status, String(buffer: $0.body))
            }
        }
    }

    /// Outputs are Hummingbird `ResponseGenerator`s: their bodies come from the context's
    /// `responseEncoder`, their status from the output.
    @Test func outputsEncodeWithTheContextsResponseEncoder() async throws {
        let marked = Router(context: MarkerContext.self)
        marked.get("/") { request, context in Greeting(text: "hi").response(from: request, context: context) }
        #expect(try await get(marked, "/") == (.created, "encoded by the context"))

        let hattori = Router(context: BasicHattoriRequestContext.self)
        hattori.get("/") { request, context in Greeting(text: "hi").response(from: request, context: context) }
        #expect(try await get(hattori, "/") == (.created, #"{"greeting":"hi"}"#))
    }

    /// A hand-written Hummingbird route beside the generated ones reads and writes JSON as they
    /// do: RFC 3339 date-times, read strictly (Foundation's default decoder wants a number).
    @Test func handWrittenRoutesShareTheGeneratedRoutesJSON() async throws {
        let router = Router(context: BasicHattoriRequestContext.self)
        router.post("/stamp") { request, context in try await request.decode(as: Stamp.self, context: context) }
        let (status, body) = try await get(router, "/stamp", body: #"{"at":"2024-01-01T12:00:00Z"}"#)
        #expect(status == .ok)
        #expect(body == #"{"at":"2024-01-01T12:00:00.000Z"}"#)
        #expect(try await get(router, "/stamp", body: #"{"at":"2024-01-01T12:99:00Z"}"#).0 == .unprocessableContent)
    }
}
