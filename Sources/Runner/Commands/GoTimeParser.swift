/// Go's `time.Parse` for the few layouts `LogTimestamp` uses (`2006-01-02T15:04:05.999999999Z07:00` and its
/// shorter forms), with Go's rules: a 1–2 digit hour, 2-digit month, day, minute and second, an optional
/// fraction after the seconds, `Z` or `±hh:mm` for the zone, and Go's error messages.
struct GoTimeParser {
    let layout: String
    let value: String

    private enum Field: String, CaseIterable {
        case year = "2006", month = "01", day = "02", hour = "15", minute = "04", second = "05"
        case fraction = ".999999999", zone = "Z07:00"
    }

    /// Seconds since 1970 and nanoseconds of the time; a value without a zone is read at `localOffset`
    /// seconds east of UTC.
    func unixTime(localOffset: Int) throws(LogTimestampError) -> (seconds: Int64, nanoseconds: Int) {
        var rest = Array(value.utf8)[...]
        var (year, month, day, hour, minute, second, nanosecond) = (0, 1, 1, 0, 0, 0, 0)
        var offset: Int?
        for chunk in chunks() {
            let held = rest
            var outOfRange: String?
            guard case .some(let field) = chunk.field else {
                guard rest.starts(with: chunk.text.utf8) else { throw bad(held, as: chunk.text) }
                rest = rest.dropFirst(chunk.text.utf8.count)
                continue
            }
            switch field {
            case .year:
                guard rest.count >= 4 else { throw bad(held, as: field.rawValue) }
                let number = Self.number(rest.prefix(4))
                rest = rest.dropFirst(4)
                // Go has taken the four characters when it finds they are no number.
                guard let number else { throw bad(rest, as: field.rawValue) }
                year = number
            case .month, .day, .hour, .minute, .second:
                guard let number = Self.digits(&rest, fixed: field != .hour) else { throw bad(held, as: field.rawValue) }
                let limits: [Field: (Int, String)] = [.month: (12, "month"), .day: (31, "day"), .hour: (23, "hour"), .minute: (59, "minute"), .second: (59, "second")]
                if let (maximum, name) = limits[field], number > maximum || (field == .month && number < 1) { outOfRange = name }
                switch field {
                case .month: month = number
                case .day: day = number
                case .hour: hour = number
                case .minute: minute = number
                default:
                    second = number
                    // Go reads a fraction after the seconds even where the layout has none.
                    if !layout.contains(".") { nanosecond = Self.fraction(&rest) ?? 0 }
                }
            case .fraction:
                nanosecond = Self.fraction(&rest) ?? 0
            case .zone:
                if rest.first == UInt8(ascii: "Z") {
                    offset = 0
                    rest = rest.dropFirst()
                    break
                }
                let text = Array(rest.prefix(6))
                guard text.count == 6, text[3] == UInt8(ascii: ":"), text[0] == UInt8(ascii: "+") || text[0] == UInt8(ascii: "-"),
                    let hours = Self.number(text[1..<3]), let minutes = Self.number(text[4..<6])
                else { throw bad(held, as: field.rawValue) }
                // Go checks the minutes last, so their complaint wins.
                if minutes > 60 { outOfRange = "time zone offset minute" } else if hours > 24 { outOfRange = "time zone offset hour" }
                offset = (hours * 3600 + minutes * 60) * (text[0] == UInt8(ascii: "-") ? -1 : 1)
                rest = rest.dropFirst(6)
            }
            if let outOfRange { throw .badTime(value: value, layout: nil, reason: "\(outOfRange) out of range") }
        }
        if !rest.isEmpty { throw .badTime(value: value, layout: nil, reason: "extra text: \"\(String(decoding: rest, as: UTF8.self))\"") }
        guard day >= 1, day <= Self.days(in: month, of: year) else { throw .badTime(value: value, layout: nil, reason: "day out of range") }
        let days = Self.daysSinceEpoch(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second - (offset ?? localOffset))
        return (seconds, nanosecond)
    }

    private func bad(_ rest: ArraySlice<UInt8>, as element: String) -> LogTimestampError {
        .badTime(value: value, layout: layout, reason: "cannot parse \"\(String(decoding: rest, as: UTF8.self))\" as \"\(element)\"")
    }

    /// The layout cut into fields and literal text, as Go's `nextStdChunk` does for these layouts.
    private func chunks() -> [(field: Field?, text: String)] {
        var result: [(field: Field?, text: String)] = []
        var rest = Substring(layout)
        while !rest.isEmpty {
            if let field = Field.allCases.first(where: { rest.hasPrefix($0.rawValue) }) {
                result.append((field, field.rawValue))
                rest = rest.dropFirst(field.rawValue.count)
            } else {
                result.append((nil, String(rest.prefix(1))))
                rest = rest.dropFirst()
            }
        }
        return result
    }

    /// Go's `getnum`: two digits, or with `fixed` false one or two.
    private static func digits(_ rest: inout ArraySlice<UInt8>, fixed: Bool) -> Int? {
        let count = rest.prefix(2).prefix { $0 >= 48 && $0 <= 57 }.count
        guard count == 2 || (count == 1 && !fixed) else { return nil }
        defer { rest = rest.dropFirst(count) }
        return number(rest.prefix(count))
    }

    /// A `.` or `,` and its digits as nanoseconds (digits beyond the ninth are read and dropped); nil without one.
    private static func fraction(_ rest: inout ArraySlice<UInt8>) -> Int? {
        guard let mark = rest.first, mark == UInt8(ascii: ".") || mark == UInt8(ascii: ","),
            let first = rest.dropFirst().first, first >= 48, first <= 57
        else { return nil }
        let digits = rest.dropFirst().prefix { $0 >= 48 && $0 <= 57 }
        rest = rest.dropFirst(1 + digits.count)
        let kept = Array(digits.prefix(9))
        return (number(kept[...]) ?? 0) * Array(repeating: 10, count: 9 - kept.count).reduce(1, *)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    private static func days(in month: Int, of year: Int) -> Int {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
