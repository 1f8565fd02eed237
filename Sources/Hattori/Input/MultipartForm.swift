import Foundation
import MultipartKit
import NIOCore

/// The fields and files of a `multipart/form-data` body, split as Django splits them into
/// `request.POST` and `request.FILES`: a part with a `filename` is a file, any other part a
/// field. MultipartKit finds the parts; `ContentDisposition` reads their names.
struct MultipartForm {
    var fields: [(name: String, value: String)] = []
    var files: [(name: String, file: UploadedFile)] = []

    /// The boundary of a `multipart/form-data` content type; nil for any other content type.
    static func boundary(of contentType: String) -> String? {
        let parameters = HeaderParameters(contentType)
        guard parameters.value.lowercased() == "multipart/form-data", let boundary = parameters["boundary"],
              !boundary.isEmpty, boundary.count <= 70 else { return nil }
        return boundary
    }

    /// The parts of `body`; a body that is not valid multipart gives what could be read before the
    /// fault (a request that lacks fields is then told which, in a 422).
    init(body: ByteBuffer, boundary: String) {
        let parser = MultipartParser(boundary: boundary)
        var headers: [(String, String)] = []
        var content = ByteBuffer()
        var parts: [(headers: [(String, String)], body: ByteBuffer)] = []
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { chunk in content.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append((headers, content))
            headers = []
            content = ByteBuffer()
        }
        try? parser.execute(MultipartHeaderGuard.safePrefix(of: body, boundary: boundary))
        for part in parts {
            let header = { (name: String) in part.headers.last { $0.0.lowercased() == name }?.1 }
            guard let disposition = header("content-disposition").map(HeaderParameters.init),
                  disposition.value.lowercased() == "form-data", let name = disposition["name"] else { continue }
            if let filename = disposition["filename"] {
                let type = header("content-type").map { $0.trimmingCharacters(in: .whitespaces) }
                files.append((name, UploadedFile(filename: filename, contentType: type.flatMap { $0.isEmpty ? nil : $0 } ?? "application/octet-stream",
                                                 data: Data(buffer: part.body))))
            } else {
                fields.append((name, String(buffer: part.body)))
            }
        }
    }
}

/// A header value with parameters, `form-data; name="avatar"; filename="me.png"`, read as
/// Django's `parse_header_parameters` reads it: quoted strings with `\"` and `\\` escapes, and
/// RFC 5987's `filename*=UTF-8''…` preferred to `filename=`.
struct HeaderParameters {
    /// The part before the first `;`.
    let value: String
    private var parameters: [String: String] = [:]

    init(_ header: String) {
        var rest = Substring(header)
        value = Self.take(&rest, upTo: ";").trimmingCharacters(in: .whitespaces)
        while !rest.isEmpty {
            rest = rest.dropFirst()  // the `;`
            let key = Self.take(&rest, upTo: "=;").trimmingCharacters(in: .whitespaces).lowercased()
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst()
            rest = rest.drop { $0 == " " || $0 == "\t" }
            let text: String
            if rest.first == "\"" {
                text = Self.quoted(&rest)
                _ = Self.take(&rest, upTo: ";")
            } else {
                text = Self.take(&rest, upTo: ";").trimmingCharacters(in: .whitespaces)
            }
            parameters[key] = text
        }
        for (key, text) in parameters where key.hasSuffix("*") {
            if let decoded = Self.extended(text) { parameters[String(key.dropLast())] = decoded }
        }
    }

    subscript(_ key: String) -> String? { parameters[key] }

    /// Everything up to (not including) the first of `stops`, removed from `text`.
    private static func take(_ text: inout Substring, upTo stops: String) -> String {
        let end = text.firstIndex { stops.contains($0) } ?? text.endIndex
        defer { text = text[end...] }
        return String(text[..<end])
    }

    /// A quoted string at the start of `text` (opening quote included), unescaped.
    private static func quoted(_ text: inout Substring) -> String {
        var result = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex, text[index] != "\"" {
            if text[index] == "\\", text.index(after: index) < text.endIndex { index = text.index(after: index) }
            result.append(text[index])
            index = text.index(after: index)
        }
        text = index < text.endIndex ? text[text.index(after: index)...] : text[text.endIndex...]
        return result
    }

    /// `UTF-8''na%C3%AFve.txt` → `naïve.txt`; nil for another charset or bad escapes.
    private static func extended(_ text: String) -> String? {
        let parts = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].lowercased() == "utf-8" else { return nil }
        return String(parts[2]).removingPercentEncoding
    }
}
