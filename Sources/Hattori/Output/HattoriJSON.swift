import Foundation

/// The JSON coders every generated server uses: ISO 8601 dates (with or without fractional
/// seconds), sorted keys for stable output.
public enum HattoriJSON {
    /// One encoder and one decoder for every request: Foundation's coders are thread-safe, and
    /// making one per response (with its date strategy) was a measurable share of a request.
    public static let encoder = makeEncoder()
    public static let decoder = makeDecoder()

    /// The encoder of an operation with response options: one per set of them, made once.
    @_spi(Generated) public static func encoder(for options: ResponseOptions) -> JSONEncoder {
        optionedEncoders[(options.excludeNone ? 1 : 0) | (options.excludeUnset ? 2 : 0) | (options.excludeDefaults ? 4 : 0)
                         | (options.byAlias ? 8 : 0)]
    }

    private static let optionedEncoders: [JSONEncoder] = (0..<16).map { bits in
        let encoder = makeEncoder()
        encoder.userInfo[ResponseOptions.userInfoKey] = ResponseOptions(
            excludeNone: bits & 1 != 0, excludeUnset: bits & 2 != 0, excludeDefaults: bits & 4 != 0, byAlias: bits & 8 != 0)
        return encoder
    }

    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(formatDate(date))
        }
        return encoder
    }

    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            guard let text = try? container.decode(String.self), let date = parseDate(text) else {
                let expectation = Expectation.dateTime
                throw ValidationFailure([
                    ValidationIssue(type: expectation.type, loc: DecodingIssues.location(decoder.codingPath),
                                    msg: expectation.message),
                ])
            }
            return date
        }
        return decoder
    }

    public static func formatDate(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true)
            .timeSeparator(.colon).timeZone(separator: .omitted))
    }

    /// An RFC 3339 `date-time`; nil for anything else, including dates with out-of-range fields.
    public static func parseDate(_ text: String) -> Date? {
        RFC3339.date(text)
    }
}
