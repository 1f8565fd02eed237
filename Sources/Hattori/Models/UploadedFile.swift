public import Foundation

/// A file sent in a `multipart/form-data` request: a form field of type `file` (Django Ninja's
/// `File[UploadedFile]`). The whole file is in memory, within the server's `--max-body-size`.
public struct UploadedFile: Sendable, Hashable {
    /// The name the client gave it (`filename=` of its part), as sent: never a path to trust.
    public var filename: String
    /// Its declared media type; `application/octet-stream` when the part names none.
    public var contentType: String
    public var data: Data

    public init(filename: String, contentType: String = "application/octet-stream", data: Data) {
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }

    /// Its size in bytes (Django's `UploadedFile.size`).
    public var size: Int { data.count }
}
