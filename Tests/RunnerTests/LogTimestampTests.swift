import Foundation
import Runner
import Testing

/// `logs --since/--until` values read as the docker client reads them for Docker Compose.
@Suite struct LogTimestampTests {
    /// 2026-12-06T12:00:00Z.
    private let now = Date(timeIntervalSince1970: 1_796_558_400)
    private let utc = TimeZone(secondsFromGMT: 0)!
    private let plusOne = TimeZone(secondsFromGMT: 3600)!

    @Test("a Go duration counts back from now, to whole seconds", arguments: [
        ("10m", "1796557800"), ("1h30m", "1796553000"), ("1.5h", "1796553000"), ("90s", "1796558310"),
        ("-5m", "1796558700"), ("0s", "1796558400"), ("1500ms", "1796558398"),
    ])
    func duration(value: String, expected: String) throws {
        #expect(try LogTimestamp.daemonValue(value, now: now, timeZone: utc) == expected)
    }

    @Test("an RFC 3339 time or date becomes seconds and nanoseconds", arguments: [
        ("2026-12-06T10:00:00Z", "1796551200.000000000"),
        ("2026-12-06T10:00:00.5Z", "1796551200.500000000"),
        ("2026-12-06T10:00:00.1234567891234Z", "1796551200.123456789"),
        ("2026-12-06T10:00:00,25Z", "1796551200.250000000"),
        ("2026-12-06T11:00:00+01:00", "1796551200.000000000"),
        ("2026-12-06T08:30:00-01:30", "1796551200.000000000"),
        ("2026-12-06T9:05:00Z", "1796547900.000000000"),
        ("2026-12-06T10Z", "1796551200.000000000"),
        ("2026-12-06T10:00Z", "1796551200.000000000"),
        ("2026-12-06Z", "1796515200.000000000"),
        ("1969-12-31T23:59:59Z", "-1.000000000"),
        ("2024-02-29T00:00:00Z", "1709164800.000000000"),
    ])
    func time(value: String, expected: String) throws {
        #expect(try LogTimestamp.daemonValue(value, now: now, timeZone: plusOne) == expected)
    }

    @Test("a time without a zone is read at the local zone's offset now", arguments: [
        ("2026-12-06T11:00:00", "1796551200.000000000"), ("2026-12-06T11:00", "1796551200.000000000"),
        ("2026-12-06T11", "1796551200.000000000"), ("2026-12-06T11:00:00.5", "1796551200.500000000"),
        ("2026-12-06", "1796511600.000000000"),
    ])
    func localTime(value: String, expected: String) throws {
        #expect(try LogTimestamp.daemonValue(value, now: now, timeZone: plusOne) == expected)
    }

    @Test("Unix seconds, with or without a fraction, pass unchanged", arguments: ["1733443200", "1733443200.5", "0", "+17"])
    func unixSeconds(value: String) throws {
        #expect(try LogTimestamp.daemonValue(value, now: now, timeZone: utc) == value)
    }

    @Test("a bad value is refused with the docker client's message", arguments: [
        ("foo", #"failed to parse value as time or duration: "foo""#),
        ("1d", #"failed to parse value as time or duration: "1d""#),
        ("1.x", #"failed to parse value as time or duration: "1.x""#),
        ("2026-13-01", #"parsing time "2026-13-01": month out of range"#),
        ("2026-02-29", #"parsing time "2026-02-29": day out of range"#),
        ("2026-12-00", #"parsing time "2026-12-00": day out of range"#),
        ("2026-12-06T25:00:00Z", #"parsing time "2026-12-06T25:00:00Z": hour out of range"#),
        ("2026-12-06T10:00:00+25:00", #"parsing time "2026-12-06T10:00:00+25:00": time zone offset hour out of range"#),
        ("2026-12-06T10:00:00+24:61", #"parsing time "2026-12-06T10:00:00+24:61": time zone offset minute out of range"#),
        ("2026-12-06 10:00", #"parsing time "2026-12-06 10:00": extra text: " 10:00""#),
        ("2026-1-06", #"parsing time "2026-1-06" as "2006-01-02": cannot parse "1-06" as "01""#),
        ("-5", #"parsing time "-5" as "2006-01-02": cannot parse "-5" as "2006""#),
        ("2026-12-06t10:00:00z", #"parsing time "2026-12-06t10:00:00z" as "2006-01-02Z07:00": cannot parse "t10:00:00z" as "Z07:00""#),
    ])
    func refused(value: String, message: String) {
        #expect(throws: LogTimestampError.self) { try LogTimestamp.daemonValue(value, now: now, timeZone: utc) }
        do {
            _ = try LogTimestamp.daemonValue(value, now: now, timeZone: utc)
        } catch {
            #expect(error.description == message)
        }
    }
}
