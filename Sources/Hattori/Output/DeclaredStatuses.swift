public import Hummingbird

/// The statuses a class of responses (`4XX`, Django Ninja's `codes_4xx`) may be answered with:
/// those of the class that nothing else of the operation answers, as its OpenAPI document says.
/// A handler answering another is a programming error, answered 500 as Django Ninja answers a
/// status its operation does not declare, and logged.
@_spi(Generated) public struct DeclaredStatuses: Sendable {
    private let codes: Set<Int>

    /// Django Ninja's set of the class, without the statuses the operation answers otherwise.
    public init(_ codes: [Int]) {
        self.codes = Set(codes)
    }

    /// OpenAPI's range (`400...499`) but the statuses the operation answers otherwise.
    public init(_ range: ClosedRange<Int>, except excluded: Set<Int> = []) {
        codes = Set(range).subtracting(excluded)
    }

    public func contains(_ code: Int) -> Bool { codes.contains(code) }

    /// The response `make` builds with status `code`, when the class holds it; a 500 otherwise.
    public func respond(_ code: Int, context: some RequestContext, _ make: (HTTPResponse.Status) -> Response) -> Response {
        guard codes.contains(code) else {
            context.logger.error("a handler answered with status \(code), which its operation does not declare")
            return JSONResponse.detail(status: .internalServerError, message: "Internal Server Error")
        }
        return make(HTTPResponse.Status(code: code))
    }
}
