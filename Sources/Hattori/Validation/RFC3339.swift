/// RFC 3339 `date-time` (section 5.6), checked strictly before Foundation converts it: Foundation's
/// ISO 8601 parser rolls invalid fields over (`12:99:00` becomes 13:39, February 30 March 1), and
/// pydantic as well as the OpenAPI `date-time` format refuse them.
enum RFC3339 {
    /// `text` with `t`/`z` uppercased when it is a valid `date-time`
    /// (`YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`), else nil.
    static func normalizedDateTime(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var position = 0
        func digits(_ count: Int) -> Int? {
            guard position + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[position..<(position + count)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            position += count
            return value
        }
        func literal(_ options: String) -> Bool {
            guard position < bytes.count, options.utf8.contains(bytes[position]) else { return false }
            position += 1
            return true
        }
        guard let year = digits(4), literal("-"), let month = digits(2), literal("-"), let day = digits(2),
              (1...12).contains(month), (1...daysIn(month, of: year)).contains(day),
              literal("Tt"), let hour = digits(2), literal(":"), let minute = digits(2), literal(":"), let second = digits(2),
              hour < 24, minute < 60, second < 60
        else { return nil }
        if literal(".") {
            let start = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            guard position > start else { return nil }
        }
        if !literal("Zz") {
            guard literal("+-"), let offsetHour = digits(2), literal(":"), let offsetMinute = digits(2),
                  offsetHour < 24, offsetMinute < 60
            else { return nil }
        }
        guard position == bytes.count else { return nil }
        return text.uppercased()
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
