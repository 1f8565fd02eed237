import NIOCore

/// MultipartKit 4.7.1 traps on a header name byte above 0x7F (its table of allowed characters has
/// 128 entries, indexed by the byte): a request whose part has such a "header" (bytes where the
/// headers should be) crashed the server. Until it is fixed there, the body is cut before the first
/// part whose header names are not ASCII, so the parser reads the parts before it (the body closed there) and the request
/// is told, in a 422, what it lacks. Header values may hold UTF-8 (browsers send file names so).
enum MultipartHeaderGuard {
    static func safePrefix(of body: ByteBuffer, boundary: String) -> ByteBuffer {
        let bytes = Array(body.readableBytesView)
        let delimiter = Array("--\(boundary)".utf8)
        var start = 0
        while let found = firstIndex(of: delimiter, in: bytes, from: start) {
            // A delimiter opens the body or its own line; elsewhere the parser does not see one.
            let opensLine = found == 0 || (found >= 2 && bytes[found - 2] == 13 && bytes[found - 1] == 10)
            if opensLine, !headerNamesAreASCII(bytes, after: found + delimiter.count) {
                // Closed where the faulty part began, so that the part before it completes.
                var prefix = body.getSlice(at: body.readerIndex, length: found) ?? ByteBuffer()
                prefix.writeString("--\(boundary)--\r\n")
                return prefix
            }
            start = found + delimiter.count
        }
        return body
    }

    /// Whether each header line after the delimiter line at `index` has an ASCII name (the bytes
    /// before its `:`, or the whole line without one), up to the blank line that ends the headers.
    private static func headerNamesAreASCII(_ bytes: [UInt8], after index: Int) -> Bool {
        let crlf: [UInt8] = [13, 10]
        guard let lineEnd = firstIndex(of: crlf, in: bytes, from: index) else { return true }
        var lineStart = lineEnd + 2
        while lineStart < bytes.count {
            let end = firstIndex(of: crlf, in: bytes, from: lineStart) ?? bytes.count
            if end == lineStart { return true }  // the blank line: the part's body follows
            let line = bytes[lineStart..<end]
            let name = line.prefix { $0 != UInt8(ascii: ":") }
            if name.contains(where: { $0 > 0x7F }) { return false }
            lineStart = end + 2
        }
        return true
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
