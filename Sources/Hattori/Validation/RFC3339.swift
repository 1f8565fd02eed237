import Foundation

/// RFC 3339 `date-time` (section 5.6), read exactly: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, with
/// `t` and `z` in either case. Foundation's ISO 8601 parser cannot serve: it rolls invalid fields
/// over (`12:99:00` becomes 13:39, February 30 March 1), which pydantic and the OpenAPI format
/// refuse, and it refuses valid offsets beyond ±18:00 and fractions of more than nine digits.
enum RFC3339 {
    static func date(_ text: String) -> Date? {
        var scanner = Scanner(Array(text.utf8))
        guard let year = scanner.digits(4), scanner.literal("-"), let month = scanner.digits(2), scanner.literal("-"),
              let day = scanner.digits(2), (1...12).contains(month), (1...daysIn(month, of: year)).contains(day),
              scanner.literal("Tt"), let hour = scanner.digits(2), scanner.literal(":"), let minute = scanner.digits(2),
              scanner.literal(":"), let second = scanner.digits(2), hour < 24, minute < 60, second < 60
        else { return nil }
        var fraction = 0.0
        if scanner.literal(".") {
            guard let digits = scanner.digitRun() else { return nil }
            fraction = Double("0." + digits) ?? 0
        }
        var offset = 0
        if !scanner.literal("Zz") {
            let sign = scanner.peek == UInt8(ascii: "-") ? -1 : 1
            guard scanner.literal("+-"), let offsetHour = scanner.digits(2), scanner.literal(":"),
                  let offsetMinute = scanner.digits(2), offsetHour < 24, offsetMinute < 60
            else { return nil }
            offset = sign * (offsetHour * 3600 + offsetMinute * 60)
        }
        guard scanner.atEnd else { return nil }
        let seconds = daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { position == bytes.count }
        var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

        mutating func digits(_ count: Int) -> Int? {
            guard position + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[position..<(position + count)] {
                guard Self.isDigit(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            position += count
            return value
        }

        /// One or more digits, as text.
        mutating func digitRun() -> String? {
            let start = position
            while let byte = peek, Self.isDigit(byte) { position += 1 }
            return position > start ? String(decoding: bytes[start..<position], as: UTF8.self) : nil
        }

        mutating func literal(_ options: StaticString) -> Bool {
            guard let byte = peek,
                  UnsafeBufferPointer(start: options.utf8Start, count: options.utf8CodeUnitCount).contains(byte)
            else { return false }
            position += 1
            return true
        }
    }
}
