import Foundation
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

    /// JSON and YAML from one encoding of the document (encoding OpenAPIKit's types dominates the cost).
    public static func encodeBoth(_ document: OpenAPI.Document) throws -> (json: String, yaml: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(document)
        // YAML from the JSON, so that text that reads as a number in YAML (the status `"200"`) stays a string.
        let tree = try JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed])
        // Keys are sorted while building the nodes: Yams' own `sortKeys` looks each key up again in
        // the mapping, which is quadratic in the size of `paths` and `schemas`.
        let yaml = try Yams.serialize(node: YAMLNodes.node(tree), sortKeys: false)
        return (String(decoding: json, as: UTF8.self) + "\n", yaml)
    }
}

/// JSON values (as `JSONSerialization` gives them) as YAML nodes, with strings quoted where a
/// YAML reader would take them for a number, boolean or null.
private enum YAMLNodes {
    static func node(_ value: Any) -> Node {
        // Collections first: asking a dictionary whether it is a String costs a bridging attempt.
        switch value {
        case let members as [String: Any]:
            // Ordered as Yams' `sortKeys` orders scalar keys (`String <`), so the text is the same.
            return Node(members.sorted { $0.key < $1.key }.map {
                (Node($0.key, Tag(.str), needsQuotes($0.key) ? .doubleQuoted : .any), node($0.value))
            })
        case let items as [Any]:
            return Node(items.map(node))
        case let text as String:
            return Node(text, Tag(.str), needsQuotes(text) ? .doubleQuoted : .any)
        case let number as NSNumber:
            // Foundation hands booleans over as NSNumber too; their type encoding is "c".
            if String(cString: number.objCType) == "c" { return Node(number.boolValue ? "true" : "false", Tag(.bool)) }
            return Node(number.stringValue, Tag(isFloatingPoint(number) ? .float : .int))
        default:
            return Node("null", Tag(.null))
        }
    }

    static func isFloatingPoint(_ number: NSNumber) -> Bool {
        ["d", "f"].contains(String(cString: number.objCType))
    }

    /// Plain scalars that a YAML reader would take for a number, boolean or null.
    static func needsQuotes(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return text.isEmpty || Int(text) != nil || Double(text) != nil
            || ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"].contains(lowered)
    }
}
