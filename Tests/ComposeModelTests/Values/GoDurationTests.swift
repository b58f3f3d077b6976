import Testing

@testable import ComposeModel

@Suite struct GoDurationTests {
    @Test(
        "durations parse like str2duration and print like Go",
        arguments: [
            ("1w2d3h", "219h0m0s"), ("1.5s", "1.5s"), ("1.5us", "1.5µs"), ("1.5µs", "1.5µs"), ("1.5μs", "1.5µs"),
            ("-1.5h", "-1h30m0s"), ("-0", "0s"), ("0", "0s"), ("+5s", "5s"), ("1d", "24h0m0s"), ("90s", "1m30s"),
            ("1h", "1h0m0s"), ("500ms", "500ms"), (".5s", "500ms"), ("1.s", "1s"), ("1.0000000001h", "1h0m0.00000036s"),
            ("300ms10ns", "300.00001ms"), ("0.1ns", "0s"), ("10ns", "10ns"), ("1m0.5s", "1m0.5s"), ("2h45m", "2h45m0s"),
            ("1000000h", "1000000h0m0s"),
        ])
    func roundTrips(_ input: String, _ printed: String) throws {
        #expect(try GoDuration.parse(input).description == printed)
    }

    @Test("nanosecond values are exact")
    func values() throws {
        #expect(try GoDuration.parse("1w").nanoseconds == 604_800_000_000_000)
        #expect(try GoDuration.parse("1.5us").nanoseconds == 1_500)
        #expect(GoDuration(parsing: "-2m")?.nanoseconds == -120_000_000_000)
        #expect(GoDuration(parsing: "10") == nil)
        #expect(GoDuration(nanoseconds: Int64.min).description == "-2562047h47m16.854775808s")
    }

    @Test(
        "invalid durations fail with Go's messages",
        arguments: [
            ("10", #"time: missing unit in duration "10""#),
            ("1h30", #"time: missing unit in duration "1h30""#),
            ("x", #"time: invalid duration "x""#),
            (".", #"time: invalid duration ".""#),
            ("", #"time: invalid duration """#),
            ("-", #"time: invalid duration "-""#),
            ("100000w", #"time: invalid duration "100000w""#),
            ("99999999999999999999s", #"time: invalid duration "99999999999999999999s""#),
            ("1x", #"time: unknown unit "x" in duration "1x""#),
            ("1y", #"time: unknown unit "y" in duration "1y""#),
            ("1 s", #"time: unknown unit " s" in duration "1 s""#),
        ])
    func rejects(_ input: String, _ message: String) {
        #expect(throws: ValueError(message)) { try GoDuration.parse(input) }
    }
}
