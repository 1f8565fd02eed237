import JSONEscaping
import OpenAPIKit
import Yams

/// The document as text: JSON and YAML with sorted keys, so the same spec gives the same bytes.
public enum OpenAPIEncoding {
    public enum Format: String, Sendable, CaseIterable {
        case json, yaml
    }

    public static func encode(_ document: OpenAPI.Document, as format: Format) throws -> String {
        let both = try encodeBoth(document)
        return format == .json ? both.json : both.yaml
    }

    /// JSON and YAML from one encoding of the document into a value tree (encoding OpenAPIKit's
    /// types dominates the cost). The JSON is what `JSONEncoder` writes with `.prettyPrinted`,
    /// `.sortedKeys` and `.withoutEscapingSlashes`; a test holds the two to the same bytes.
    public static func encodeBoth(_ document: OpenAPI.Document) throws -> (json: String, yaml: String) {
        let tree = try DocumentTreeEncoder.tree(document)
        let json = PrettyJSON.text(tree)
        // Keys are sorted while building the nodes: Yams' own `sortKeys` looks each key up again in
        // the mapping, which is quadratic in the size of `paths` and `schemas`.
        let yaml = try Yams.serialize(node: YAMLNodes().node(tree), sortKeys: false)
        return (json, yaml)
    }
}

/// `JSONEncoder`'s pretty printing: two spaces per level, `"key" : value`, and a blank line
/// inside empty containers.
enum PrettyJSON {
    /// The whole document, with a final newline.
    static func text(_ node: DocumentNode) -> String {
        var output = ""
        write(node, indent: 0, to: &output)
        return output + "\n"
    }

    private static func write(_ node: DocumentNode, indent: Int, to output: inout String) {
        switch node {
        case .object(let object):
            let members = object.sortedMembers
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
                write(item.resolved, indent: indent + 1, to: &output)
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

    private static let pads = (0..<32).map { String(repeating: " ", count: 2 * $0) }

    private static func pad(_ level: Int, _ output: inout String) {
        output += level < pads.count ? pads[level] : String(repeating: " ", count: 2 * level)
    }
}

/// The tree as YAML nodes, with strings quoted where a YAML reader would take them for a number,
/// boolean or null. One `Tag` per kind: `Tag(_:)` builds Yams' default constructor table each time.
private struct YAMLNodes {
    let string = Tag(.str), integer = Tag(.int), float = Tag(.float), bool = Tag(.bool), null = Tag(.null)

    func node(_ value: DocumentNode) -> Node {
        switch value {
        case .object(let object):
            return Node(object.sortedMembers.map { (scalar($0.key), node($0.value)) })
        case .array(let array):
            return Node(array.items.map { node($0.resolved) })
        case .string(let text):
            return scalar(text)
        case .number(let text):
            return Node(text, text.utf8.allSatisfy { $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0) } ? integer : float)
        case .bool(let flag):
            return Node(flag ? "true" : "false", bool)
        case .null:
            return Node("null", null)
        case .deferred:
            return node(value.resolved)
        }
    }

    private func scalar(_ text: String) -> Node {
        Node(text, string, Self.needsQuotes(text) ? .doubleQuoted : .any)
    }

    /// Plain scalars that a YAML reader would take for a number, boolean or null.
    static func needsQuotes(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return text.isEmpty || Int(text) != nil || Double(text) != nil
            || ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"].contains(lowered)
    }
}
