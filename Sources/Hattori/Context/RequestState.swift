import Hummingbird
import HTTPTypes
import Logging
import NIOCore
import Synchronization

/// What one request to an operation holds while it is served, in one object: the request and
/// configuration, the peer, the query string read once (for authenticators and the input alike),
/// and the headers and cookies its handler adds to the response. The only allocation a route makes
/// of its own: `AuthRequest` and `OperationContext` are views of it, cheap to copy.
final class RequestState: Sendable {
    let request: Request
    let configuration: HattoriConfiguration
    let logger: Logger
    /// The directly connected peer; formatted only when an authenticator asks for the address.
    let peer: Peer
    /// The query string's parameters, parsed on the first read.
    private let queryFields = Mutex<FormFields?>(nil)
    /// Headers the handler adds while it runs.
    private let extras = Mutex<[(HTTPField.Name, String)]>([])

    enum Peer: Sendable {
        case socket(SocketAddress?)
        case text(String?)
    }

    init(request: Request, peer: Peer, configuration: HattoriConfiguration, logger: Logger) {
        self.request = request
        self.configuration = configuration
        self.peer = peer
        self.logger = logger
    }

    /// Decoded as Django decodes a query string (`+` is a space, the last of repeated names wins).
    var query: FormFields {
        queryFields.withLock { fields in
            if let fields { return fields }
            let parsed = FormFields(request.uri.query ?? "")
            fields = parsed
            return parsed
        }
    }

    func addResponseField(_ name: HTTPField.Name, _ value: String) {
        extras.withLock { $0.append((name, value)) }
    }

    /// `response` with the headers the handler added.
    func finish(_ response: Response) -> Response {
        let fields = extras.withLock { $0 }
        guard !fields.isEmpty else { return response }
        var response = response
        for (name, value) in fields { response.headers.append(HTTPField(name: name, value: value)) }
        return response
    }
}
