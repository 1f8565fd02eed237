import Foundation
import NIOCore
import Testing
@testable import Hattori

@Suite("Runtime: multipart/form-data bodies as Django reads them")
struct MultipartTests {
    @Test func headerParametersReadQuotedStringsAndRFC5987Names() {
        let plain = HeaderParameters(#"form-data; name="avatar"; filename="me.png""#)
        #expect(plain.value == "form-data" && plain["name"] == "avatar" && plain["filename"] == "me.png")
        let escaped = HeaderParameters(#"form-data; name="a;b"; filename="say \"hi\" \\ there.txt""#)
        #expect(escaped["name"] == "a;b")
        #expect(escaped["filename"] == #"say "hi" \ there.txt"#)
        let extended = HeaderParameters("form-data; name=doc; filename=\"plain.txt\"; filename*=UTF-8''na%C3%AFve.txt")
        #expect(extended["name"] == "doc")
        #expect(extended["filename"] == "naïve.txt", "filename* wins over filename")
        #expect(HeaderParameters("form-data; NAME=x")["name"] == "x", "parameter names ignore case")
    }

    @Test func onlyMultipartFormDataWithABoundaryIsMultipart() {
        #expect(MultipartForm.boundary(of: "multipart/form-data; boundary=abc") == "abc")
        #expect(MultipartForm.boundary(of: #"Multipart/Form-Data; boundary="a b""#) == "a b")
        #expect(MultipartForm.boundary(of: "multipart/form-data") == nil)
        #expect(MultipartForm.boundary(of: "multipart/mixed; boundary=abc") == nil)
        #expect(MultipartForm.boundary(of: "application/x-www-form-urlencoded") == nil)
    }

    /// Found by schemathesis: a part with no header block, only bytes that are not a header line,
    /// crashed the server. Malformed parts give nothing (the request is then told what it lacks).
    @Test func aPartWithoutHeadersIsNoPart() {
        var body = ByteBuffer(string: "--2075f66be8a4ca6953af4738d9649f9f\r\n")
        body.writeBytes([0xF3, 0xA3, 0xAD, 0xB6, 0x1A, 0xF1, 0xB9, 0x8E, 0x8B, 0xF0, 0x9F, 0xB0, 0x9C, 0xC3, 0xB4, 0xF2, 0xAB, 0xA8, 0xAF, 0xC2, 0xAA])
        body.writeString("H--2075f66be8a4ca6953af4738d9649f9f--\r\n")
        let form = MultipartForm(body: body, boundary: "2075f66be8a4ca6953af4738d9649f9f")
        #expect(form.fields.isEmpty && form.files.isEmpty)
    }

    /// The parts before such a part are read; a UTF-8 file name (as browsers send it) is no fault.
    @Test func partsBeforeAFaultAndUTF8FileNamesAreRead() {
        var body = ByteBuffer(string: "--b\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"naïve.txt\"\r\n\r\nhi\r\n")
        body.writeString("--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHello\r\n--b\r\n")
        body.writeBytes([0xC3, 0xA9, 0x3A, 0x20, 0x78, 0x0D, 0x0A, 0x0D, 0x0A])
        body.writeString("x\r\n--b--\r\n")
        let form = MultipartForm(body: body, boundary: "b")
        #expect(form.files.map(\.file.filename) == ["naïve.txt"])
        #expect(form.fields.map(\.name) == ["title"])
    }

    @Test func partsWithAFileNameAreFilesTheOthersFields() {
        let body = "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHello\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u{1}\u{2}\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"raw\"; filename=\"x\"\r\n\r\n\r\n"
            + "--b\r\nContent-Disposition: attachment; name=\"ignored\"\r\n\r\nno\r\n--b--\r\n"
        let form = MultipartForm(body: ByteBuffer(string: body), boundary: "b")
        #expect(form.fields.map(\.name) == ["title"] && form.fields.first?.value == "Hello")
        #expect(form.files.map(\.name) == ["photo", "raw"])
        #expect(form.files.first?.file == UploadedFile(filename: "a.png", contentType: "image/png", data: Data([1, 2])))
        #expect(form.files.last?.file.contentType == "application/octet-stream" && form.files.last?.file.size == 0)
    }

    @Test func aBrokenBodyGivesThePartsBeforeTheFault() {
        let form = MultipartForm(body: ByteBuffer(string: "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b\r\nbroken"),
                                 boundary: "b")
        #expect(form.fields.map(\.name) == ["a"])
        #expect(MultipartForm(body: ByteBuffer(string: "garbage"), boundary: "b").fields.isEmpty)
    }
}
