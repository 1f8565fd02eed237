import Foundation
import JSONEscaping
import Testing

@Suite("JSON strings written without the encoder")
struct JSONTextTests {
    /// Every ASCII character, the escapes' neighbours and some non-ASCII text.
    static let samples: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + [
        "", "Unauthorized", "a/b", "quote \" backslash \\ end", "tab\tnew\nline\r", "é 日本 🎉", "\u{2028}\u{2029}", "\u{7F}",
    ]

    /// The runtime's error bodies and gen's OpenAPI document rely on these being the encoder's bytes.
    @Test(arguments: samples)
    func stringsAreWrittenAsTheEncoderWritesThem(_ text: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let encoded = String(decoding: try encoder.encode(text), as: UTF8.self)
        #expect(JSONText.string(text) == encoded)
    }
}
