public import Foundation
public import Hummingbird

/// Builds the responses whose body is not JSON (`content: text/csv`, `content: image/png`): text
/// sent as UTF-8, or bytes as they are, with the declared media type and, for a download, a
/// `Content-Disposition` with its file name.
@_spi(Generated) public enum MediaResponse {
    /// `text` as UTF-8; a `text/…` media type gets `charset=utf-8`.
    public static func text(status: HTTPResponse.Status, _ text: String, mediaType: String, filename: String? = nil,
                            headers: HTTPFields = [:]) -> Response {
        make(status: status, body: ByteBuffer(string: text), contentType: mediaType + "; charset=utf-8",
             filename: filename, headers: headers)
    }

    /// `data` as it is, with `mediaType` (`image/png`, `application/octet-stream`).
    public static func bytes(status: HTTPResponse.Status, _ data: Data, mediaType: String, filename: String? = nil,
                             headers: HTTPFields = [:]) -> Response {
        make(status: status, body: ByteBuffer(bytes: data), contentType: mediaType, filename: filename, headers: headers)
    }

    private static func make(status: HTTPResponse.Status, body: ByteBuffer, contentType: String, filename: String?,
                             headers: HTTPFields) -> Response {
        var fields = headers
        fields[.contentType] = contentType
        // The spec's file names are printable ASCII without quotes or backslashes (gen checks them).
        if let filename { fields[.contentDisposition] = "attachment; filename=\"\(filename)\"" }
        return Response(status: status, headers: fields, body: .init(byteBuffer: body))
    }
}
