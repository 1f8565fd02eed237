import Foundation
import JSONEscaping
import OpenAPIKit

/// The document as text: JSON and YAML with sorted keys, so the same spec gives the same bytes.
public enum OpenAPIEncoding {
    public enum Format: String, Sendable, CaseIterable {
        case json, yaml
    }

    /// One format. JSON alone comes from `JSONEncoder`: without the YAML to share it, the value
    /// tree gains too little over the encoder to stay (BENCHMARKS.md); the bytes are the same.
    package static func encode(_ document: OpenAPI.Document, as format: Format) throws -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
        case .yaml:
            return try EncodedDocument(document).yaml
        }
    }

    /// JSON and YAML from one encoding of the document into a value tree (encoding OpenAPIKit's
    /// types dominates the cost). The JSON is what `JSONEncoder` writes with `.prettyPrinted`,
    /// `.sortedKeys` and `.withoutEscapingSlashes`; a test holds the two to the same bytes.
    package static func encodeBoth(_ document: OpenAPI.Document) throws -> (json: String, yaml: String) {
        let tree = try EncodedDocument(document)
        return (tree.json, tree.yaml)
    }
}

/// The document encoded once into a value tree (`DocumentTreeEncoder`), and its two texts.
/// `package`, so that Benchmarks/Stages can time each piece against the library it replaces.
package struct EncodedDocument {
    let tree: DocumentNode

    package init(_ document: OpenAPI.Document) throws {
        tree = try DocumentTreeEncoder.tree(document)
    }

    /// `PrettyJSON`: `JSONEncoder`'s bytes.
    package var json: String { PrettyJSON.text(tree) }
    /// `BlockYAML`: libyaml's block layout.
    package var yaml: String { BlockYAML.text(tree) }
}

/// `JSONEncoder`'s pretty printing: two spaces per level, `"key" : value`, and a blank line
/// inside empty containers.
enum PrettyJSON {
    /// The whole document, with a final newline; `node` as `DocumentTreeEncoder.tree` makes it.
    static func text(_ node: DocumentNode) -> String {
        var output = ""
        write(node, indent: 0, to: &output)
        return output + "\n"
    }

    private static func write(_ node: DocumentNode, indent: Int, to output: inout String) {
        switch node {
        case .object(let object):
            let members = object.members
            guard !members.isEmpty else { return empty("{", "}", indent: indent, to: &output) }
            output += "{\n"
            for (index, member) in members.enumerated() {
                pad(indent + 1, &output)
                JSONText.appendString(member.key, to: &output)
                output += " : "
                write(member.value, indent: indent + 1, to: &output)
                output += index + 1 < members.count ? ",\n" : "\n"
            }
            pad(indent, &output)
            output += "}"
        case .array(let array):
            guard !array.items.isEmpty else { return empty("[", "]", indent: indent, to: &output) }
            output += "[\n"
            for (index, item) in array.items.enumerated() {
                pad(indent + 1, &output)
                write(item, indent: indent + 1, to: &output)
                output += index + 1 < array.items.count ? ",\n" : "\n"
            }
            pad(indent, &output)
            output += "]"
        case .string(let text): JSONText.appendString(text, to: &output)
        case .number(let text): output += text
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .deferred: write(node.resolved, indent: indent, to: &output)
        }
    }

    private static func empty(_ open: String, _ close: String, indent: Int, to output: inout String) {
        output += open + "\n\n"
        pad(indent, &output)
        output += close
    }

    private static func pad(_ level: Int, _ output: inout String) { TwoSpaceIndent.pad(level, &output) }
}

/// Indentation of both writers: two spaces per level.
enum TwoSpaceIndent {
    private static let pads = (0..<32).map { String(repeating: " ", count: 2 * $0) }

    static func pad(_ level: Int, _ output: inout String) {
        output += level < pads.count ? pads[level] : String(repeating: " ", count: 2 * level)
    }
}
