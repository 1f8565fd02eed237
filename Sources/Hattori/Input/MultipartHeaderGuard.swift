import NIOCore

/// MultipartKit 4.7.1 traps on a header name byte above 0x7F (its table of allowed characters has
/// 128 entries, indexed by the byte): a request whose part has such a "header" (bytes where the
/// headers should be) crashed the server. Until it is fixed there, the body is cut before the first
/// part whose header names are not ASCII, so the parser reads the parts before it (the body closed there) and the request
/// is told, in a 422, what it lacks. Header values may hold UTF-8 (browsers send file names so).
enum MultipartHeaderGuard {
    static func safePrefix(of body: ByteBuffer, boundary: String) -> ByteBuffer {
        let delimiter = Array("--\(boundary)".utf8)
        // Scanned where the bytes lie: no copy of a body that may be megabytes of uploads.
        let cut = body.withUnsafeReadableBytes { bytes in faultyPartOffset(in: bytes, delimiter: delimiter) }
        guard let cut else { return body }
        // Closed where the faulty part began, so that the part before it completes.
        var prefix = body.getSlice(at: body.readerIndex, length: cut) ?? ByteBuffer()
        prefix.writeString("--\(boundary)--\r\n")
        return prefix
    }

    /// Where the first part whose header names are not ASCII begins (its delimiter), if any.
    private static func faultyPartOffset(in bytes: UnsafeRawBufferPointer, delimiter: [UInt8]) -> Int? {
        var start = 0
        while let found = firstIndex(of: delimiter, in: bytes, from: start) {
            // A delimiter opens the body or its own line; elsewhere the parser does not see one.
            let opensLine = found == 0 || (found >= 2 && bytes[found - 2] == 13 && bytes[found - 1] == 10)
            if opensLine, !headerNamesAreASCII(bytes, after: found + delimiter.count) { return found }
            start = found + delimiter.count
        }
        return nil
    }

    /// Whether each header line after the delimiter line at `index` has an ASCII name (the bytes
    /// before its `:`, or the whole line without one), up to the blank line that ends the headers.
    private static func headerNamesAreASCII(_ bytes: UnsafeRawBufferPointer, after index: Int) -> Bool {
        let crlf: [UInt8] = [13, 10]
        guard let lineEnd = firstIndex(of: crlf, in: bytes, from: index) else { return true }
        var lineStart = lineEnd + 2
        while lineStart < bytes.count {
            let end = firstIndex(of: crlf, in: bytes, from: lineStart) ?? bytes.count
            if end == lineStart { return true }  // the blank line: the part's body follows
            let name = bytes[lineStart..<end].prefix { $0 != UInt8(ascii: ":") }
            if name.contains(where: { $0 > 0x7F }) { return false }
            lineStart = end + 2
        }
        return true
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
