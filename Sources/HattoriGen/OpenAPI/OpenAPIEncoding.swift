import Foundation
import OpenAPIKit
import Yams

/// The document as text: JSON and YAML with sorted keys, so the same spec gives the same bytes.
public enum OpenAPIEncoding {
    public enum Format: String, Sendable, CaseIterable {
        case json, yaml
    }

    public static func encode(_ document: OpenAPI.Document, as format: Format) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(document)
        switch format {
        case .json:
            return String(decoding: json, as: UTF8.self) + "\n"
        case .yaml:
            // From the JSON, so that text that reads as a number in YAML (the status `"200"`) stays a string.
            let tree = try JSONDecoder().decode(JSONTree.self, from: json)
            return try Yams.serialize(node: tree.node, sortKeys: true)
        }
    }
}

/// A parsed JSON value, turned into a YAML node with strings quoted where YAML would misread them.
private indirect enum JSONTree: Decodable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONTree]), object([String: JSONTree])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONTree].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONTree].self)) }
    }

    var node: Node {
        switch self {
        case .null: return Node("null", Tag(.null))
        case .bool(let value): return Node(value ? "true" : "false", Tag(.bool))
        case .int(let value): return Node(String(value), Tag(.int))
        case .double(let value): return Node(String(value), Tag(.float))
        case .string(let text): return Node(text, Tag(.str), Self.needsQuotes(text) ? .doubleQuoted : .any)
        case .array(let items): return Node(items.map(\.node))
        case .object(let members): return Node(members.map { (Node($0.key, Tag(.str), Self.needsQuotes($0.key) ? .doubleQuoted : .any), $0.value.node) })
        }
    }

    /// Plain scalars that a YAML reader would take for a number, boolean or null.
    static func needsQuotes(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return text.isEmpty || Int(text) != nil || Double(text) != nil
            || ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"].contains(lowered)
    }
}
