public import Hummingbird
import Foundation

/// The `requestDecoder` of `HattoriRequestContext`: JSON request bodies are decoded here, with
/// `HattoriJSON.decoder`'s settings (RFC 3339 date-times, read strictly).
public struct HattoriRequestDecoder: RequestDecoder, Sendable {
    public init() {}

    /// Reads the body (up to the context's `maxUploadSize`) and decodes it.
    public func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some RequestContext) async throws -> T {
        try decode(type, from: try await request.body.collect(upTo: context.maxUploadSize))
    }

    /// Decodes a body already read: `InputDecoder` reads the body once, before it knows which of
    /// the operation's inputs it holds.
    public func decode<T: Decodable>(_ type: T.Type, from body: ByteBuffer) throws -> T {
        try HattoriJSON.decoder.decode(type, from: Data(buffer: body))
    }
}
