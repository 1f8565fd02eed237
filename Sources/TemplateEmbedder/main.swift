import Foundation

// Build tool of the EmbedTemplates plugin: `TemplateEmbedder TEMPLATES_DIR OUTPUT.swift` writes
// every `*.mustache` of the folder into a Swift file, so that gen carries its default templates
// inside its binary and works when copied anywhere. Each text is base64-encoded: any template text
// survives it, and the Swift file needs no escaping rules of its own.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: TemplateEmbedder TEMPLATES_DIR OUTPUT.swift\n".utf8))
    exit(64)
}
let directory = URL(fileURLWithPath: arguments[1])
let output = URL(fileURLWithPath: arguments[2])
let suffix = ".mustache"

do {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        .filter { $0.hasSuffix(suffix) }
        .sorted()
    var lines = [
        "// Written at build time by the EmbedTemplates plugin from Templates/: gen's default templates.",
        "enum EmbeddedTemplates {",
        "    /// Each template's text, base64-encoded, by name (the file name without `.mustache`).",
        "    static let base64: [String: String] = [",
    ]
    for name in names {
        let template = String(name.dropLast(suffix.count))
        guard template.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
            throw EmbedError(description: "\(directory.path)/\(name): a template name is letters, digits, _ and - only")
        }
        let text = try Data(contentsOf: directory.appendingPathComponent(name))
        lines.append("        \"\(template)\": \"\(text.base64EncodedString())\",")
    }
    lines += ["    ]", "}", ""]
    try lines.joined(separator: "\n").write(to: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("TemplateEmbedder: \(error)\n".utf8))
    exit(1)
}

struct EmbedError: Error, CustomStringConvertible {
    var description: String
}
