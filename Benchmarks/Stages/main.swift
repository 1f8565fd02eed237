// The hand-written replacements of libraries, each measured against the library on its own
// stage, side by side in one run (the guide's rule: one stays only with a 1.5× gain).
//
//   swift run -c release StageBenchmarks SPEC [--rounds N]
//
// Stages:
//   - the OpenAPI document as JSON text: DocumentTreeEncoder + PrettyJSON against JSONEncoder
//     (.prettyPrinted, .sortedKeys, .withoutEscapingSlashes); the bytes must be the same;
//   - the document as YAML text: DocumentTreeEncoder + BlockYAML against Yams' YAMLEncoder
//     (sorted keys); both must read back as the same value;
//   - both, as gen writes them: one tree, two writers, against the two libraries;
//   - a response body: HattoriResponseEncoder (StreamingJSON) against Hummingbird's ResponseEncoder
//     conformance of JSONEncoder, with the runtime's JSONEncoder settings; the bytes must be the same;
//   - a model's JSON body: JSONWriter (the models' own writeJSON) against JSONEncoder, same bytes.
// Each pair is alternated round by round, so the machine's drift hits both alike; the table gives
// the median time per operation of each and their ratio.
import Foundation
@_spi(Generated) import Hattori
import HattoriGen
import Hummingbird
import Logging
import OpenAPIKit
import Yams

struct Measurement {
    var name: String
    var ours: Double
    var library: Double
}

/// Runs `body` for about `seconds`, and gives the time per run in seconds.
func timePerRun(seconds: Double, _ body: () throws -> Int) rethrows -> Double {
    var sink = 0
    var runs = 0
    let clock = ContinuousClock()
    let start = clock.now
    var elapsed = Duration.zero
    repeat {
        sink &+= try body()
        runs += 1
        elapsed = clock.now - start
    } while elapsed < .seconds(seconds)
    if sink == 42 { print("") }  // keeps the work observable
    let (whole, fraction) = elapsed.components
    return (Double(whole) + Double(fraction) / 1e18) / Double(runs)
}

/// The median time per run of each side, over `rounds` alternated rounds (after one warm-up each).
func compare(_ name: String, rounds: Int, seconds: Double, ours: () throws -> Int, library: () throws -> Int) rethrows -> Measurement {
    _ = try ours(); _ = try library()
    var oursTimes: [Double] = [], libraryTimes: [Double] = []
    for _ in 0..<rounds {
        oursTimes.append(try timePerRun(seconds: seconds, ours))
        libraryTimes.append(try timePerRun(seconds: seconds, library))
    }
    func median(_ values: [Double]) -> Double { let sorted = values.sorted(); return sorted[sorted.count / 2] }
    let result = Measurement(name: name, ours: median(oursTimes), library: median(libraryTimes))
    FileHandle.standardError.write(Data("\(name): \(format(result.ours)) vs \(format(result.library))\n".utf8))
    return result
}

func format(_ seconds: Double) -> String {
    seconds >= 1e-3 ? String(format: "%.1f ms", seconds * 1e3) : String(format: "%.2f µs", seconds * 1e6)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("StageBenchmarks: \(message)\n".utf8))
    exit(1)
}

/// `message`, naming two files that hold the texts that should have agreed.
func differ(_ message: String, _ library: String, _ ours: String) -> String {
    let folder = FileManager.default.temporaryDirectory
    let paths = [folder.appendingPathComponent("stage-library.txt"), folder.appendingPathComponent("stage-ours.txt")]
    try? library.write(to: paths[0], atomically: true, encoding: .utf8)
    try? ours.write(to: paths[1], atomically: true, encoding: .utf8)
    return "\(message): compare \(paths[0].path) with \(paths[1].path)"
}

// MARK: - Arguments

var arguments = Array(CommandLine.arguments.dropFirst())
var rounds = 5
if let index = arguments.firstIndex(of: "--rounds"), index + 1 < arguments.count, let value = Int(arguments[index + 1]) {
    rounds = value
    arguments.removeSubrange(index...(index + 1))
}
guard let specPath = arguments.first else { fail("usage: StageBenchmarks SPEC [--rounds N]") }
let seconds = rounds > 1 ? 1.0 : 0.2

// MARK: - The OpenAPI document

let document = try Generator(options: .init(spec: URL(fileURLWithPath: specPath))).openAPIDocumentValue()
let endpoints = document.paths.values.reduce(0) { $0 + ($1.b?.endpoints.count ?? 0) }

let jsonEncoder = JSONEncoder()
jsonEncoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
let yamlEncoder = YAMLEncoder()
yamlEncoder.options.sortKeys = true

// The same output, or the comparison means nothing.
let ourJSON = try EncodedDocument(document).json
let libraryJSON = String(decoding: try jsonEncoder.encode(document), as: UTF8.self)
guard ourJSON == libraryJSON + "\n" else { fail("the JSON texts differ") }
let ourYAML = try EncodedDocument(document).yaml
let libraryYAML = try yamlEncoder.encode(document)
func value(ofYAML text: String) throws -> NSObject? { (try Yams.load(yaml: text) as? NSObject) }
guard let ourValue = try value(ofYAML: ourYAML), let libraryValue = try value(ofYAML: libraryYAML), ourValue == libraryValue else {
    fail(differ("the YAML texts read back as different values", libraryYAML, ourYAML))
}

// The library's way to a generic value tree (gen's way before the tree encoder), for the writers.
func libraryTree() throws -> Any { try JSONSerialization.jsonObject(with: try JSONEncoder().encode(document)) }
let libraryTreeValue = try libraryTree()
let encoded = try EncodedDocument(document)
let serializationOptions: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
let serialized = String(decoding: try JSONSerialization.data(withJSONObject: libraryTreeValue, options: serializationOptions), as: UTF8.self)
guard try value(ofYAML: serialized) == ourValue else { fail(differ("JSONSerialization's text reads back as another value", serialized, encoded.json)) }
// Yams' own node tree of the same value (JSON is YAML; Yams.dump of a Foundation tree writes
// Linux's boolean NSNumbers as `1e+0`), for its emitter.
let libraryNode = try Yams.compose(yaml: libraryJSON)!
let emitted = try Yams.serialize(node: libraryNode, sortKeys: true)
guard try value(ofYAML: emitted) == ourValue else { fail(differ("Yams' emitter's text reads back as another value", emitted, ourYAML)) }

var results: [Measurement] = []
// Each piece on its own, against the library that does the same.
results.append(try compare("document → value tree: DocumentTreeEncoder vs JSONEncoder + JSONSerialization (\(endpoints) endpoints)",
                           rounds: rounds, seconds: seconds,
                           ours: { _ = try EncodedDocument(document); return 1 },
                           library: { try libraryTree() is NSDictionary ? 1 : 0 }))
results.append(try compare("value tree → JSON text: PrettyJSON vs JSONSerialization", rounds: rounds, seconds: seconds,
                           ours: { encoded.json.utf8.count },
                           library: { try JSONSerialization.data(withJSONObject: libraryTreeValue, options: serializationOptions).count }))
results.append(try compare("value tree → YAML text: BlockYAML vs Yams' emitter (Yams.serialize of its node tree)", rounds: rounds, seconds: seconds,
                           ours: { encoded.yaml.utf8.count },
                           library: { try Yams.serialize(node: libraryNode, sortKeys: true).utf8.count }))
// Whole stages, against the shortest library path to the same text.
results.append(try compare("document → JSON and YAML, as gen writes both: ours vs JSONEncoder + YAMLEncoder", rounds: rounds, seconds: seconds,
                           ours: { let both = try OpenAPIEncoding.encodeBoth(document); return both.json.utf8.count + both.yaml.utf8.count },
                           library: { try jsonEncoder.encode(document).count + yamlEncoder.encode(document).utf8.count }))
results.append(try compare("document → YAML alone (gen openapi --format yaml): ours vs YAMLEncoder", rounds: rounds, seconds: seconds,
                           ours: { try EncodedDocument(document).yaml.utf8.count },
                           library: { try yamlEncoder.encode(document).utf8.count }))
results.append(try compare("document → JSON alone (gen openapi): ours vs JSONEncoder", rounds: rounds, seconds: seconds,
                           ours: { try EncodedDocument(document).json.utf8.count },
                           library: { try jsonEncoder.encode(document).count }))

// MARK: - Response bodies

/// Models as gen writes them (Templates/models.mustache): fields encoded in key order.
struct TokenResponse: Encodable {
    var token: String
}

struct Pet: Encodable {
    enum CodingKeys: String, CodingKey { case born, id, name, species, status, tag }
    var id: Int
    var name: String
    var species: String
    var tag: String?
    var status: String
    var born: Date?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(born, forKey: .born)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(species, forKey: .species)
        try container.encode(status, forKey: .status)
        try container.encode(tag, forKey: .tag)
    }
}

struct PetList: Encodable {
    var items: [Pet]
    var total: Int
}

// Their `writeJSON`, as Templates/models.mustache writes it: keys in `JSONEncoder`'s sorted order.
extension TokenResponse: JSONWritable {
    func writeJSON(to _writer: inout JSONWriter) throws {
        try _writer.beginObject()
        _writer.append("\"token\":")
        try self.token.writeJSON(to: &_writer)
        _writer.endObject()
    }
}

extension Pet: JSONWritable {
    func writeJSON(to _writer: inout JSONWriter) throws {
        try _writer.beginObject()
        _writer.append("\"born\":")
        try self.born.writeJSON(to: &_writer)
        _writer.append(",\"id\":")
        try self.id.writeJSON(to: &_writer)
        _writer.append(",\"name\":")
        try self.name.writeJSON(to: &_writer)
        _writer.append(",\"species\":")
        try self.species.writeJSON(to: &_writer)
        _writer.append(",\"status\":")
        try self.status.writeJSON(to: &_writer)
        _writer.append(",\"tag\":")
        try self.tag.writeJSON(to: &_writer)
        _writer.endObject()
    }
}

extension PetList: JSONWritable {
    func writeJSON(to _writer: inout JSONWriter) throws {
        try _writer.beginObject()
        _writer.append("\"items\":")
        try self.items.writeJSON(to: &_writer)
        _writer.append(",\"total\":")
        try self.total.writeJSON(to: &_writer)
        _writer.endObject()
    }
}

struct BenchmarkSource: RequestContextSource {
    var logger: Logger
}

struct BenchmarkContext: RequestContext {
    typealias Source = BenchmarkSource
    var coreContext: CoreRequestContextStorage
    init(source: BenchmarkSource) { coreContext = .init(source: source) }
}

let request = Request(head: .init(method: .get, scheme: "http", authority: "localhost", path: "/api/pets"), body: .init(buffer: ByteBuffer()))
let context = BenchmarkContext(source: .init(logger: Logger(label: "bench")))
let ourEncoder = HattoriResponseEncoder()
let libraryEncoder = HattoriJSON.makeEncoder()  // Hummingbird's `JSONEncoder: ResponseEncoder`, the runtime's settings

let pet = Pet(id: 7, name: "Rex \"the\" dog", species: "dog", tag: nil, status: "available", born: Date(timeIntervalSince1970: 1_600_000_000))

func bodyBytes(_ response: Response) async throws -> [UInt8] {
    var collected: [UInt8] = []
    let writer = CollectingWriter { collected += $0 }
    try await response.body.write(writer)
    return collected
}

struct CollectingWriter: ResponseBodyWriter {
    let append: ([UInt8]) -> Void
    mutating func write(_ buffer: ByteBuffer) async throws { append(Array(buffer.readableBytesView)) }
    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

@MainActor func compareBodies<Body: Encodable>(_ name: String, _ body: Body) async throws -> Measurement {
    let ourBytes = try await bodyBytes(try ourEncoder.encode(body, from: request, context: context))
    let libraryBytes = try await bodyBytes(try libraryEncoder.encode(body, from: request, context: context))
    guard ourBytes == libraryBytes else { fail("the response bodies of \(name) differ") }
    return try compare("response body: \(name)", rounds: rounds, seconds: seconds / 2,
                       ours: { try ourEncoder.encode(body, from: request, context: context).status.code },
                       library: { try libraryEncoder.encode(body, from: request, context: context).status.code })
}
results.append(try await compareBodies("a bare string, the guide's /ipwhitelist", "Authenticated client, IP = 8.8.8.8"))
results.append(try await compareBodies("{token}, the guide's /bearer", TokenResponse(token: "supersecret")))
results.append(try await compareBodies("a Petstore pet, six fields", pet))
results.append(try await compareBodies("a page of 50 pets", PetList(items: (0..<50).map { var p = pet; p.id = $0; return p }, total: 50)))

/// A generated model's body written by itself (`JSONWriter`) against `JSONEncoder` with the
/// runtime's settings, which `HattoriResponseEncoder` uses: the bytes must be the same.
@MainActor func compareWriter<Body: JSONWritable>(_ name: String, _ body: Body) throws -> Measurement {
    guard try JSONWriter.bytes(of: body) == Array(try HattoriJSON.encoder.encode(body)) else { fail("the written bytes of \(name) differ") }
    return try compare("JSON body, written by the model: \(name) (JSONWriter vs JSONEncoder)", rounds: rounds, seconds: seconds / 2,
                       ours: { try JSONWriter.bytes(of: body).count },
                       library: { try HattoriJSON.encoder.encode(body).count })
}
results.append(try compareWriter("{token}, the guide's /bearer", TokenResponse(token: "supersecret")))
results.append(try compareWriter("a Petstore pet, six fields", pet))
results.append(try compareWriter("a page of 50 pets", PetList(items: (0..<50).map { var p = pet; p.id = $0; return p }, total: 50)))

print("| stage | ours | library | ours is faster by |")
print("|---|---|---|---|")
for result in results {
    print("| \(result.name) | \(format(result.ours)) | \(format(result.library)) | \(String(format: "%.2f×", result.library / result.ours)) |")
}
