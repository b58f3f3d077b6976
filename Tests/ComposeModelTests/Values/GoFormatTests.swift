import Testing

@testable import ComposeModel

@Suite struct GoFormatTests {
    @Test(
        "floats print like Go's %v",
        arguments: [
            (1.0, "1"), (1e3, "1000"), (1e6, "1e+06"), (1e20, "1e+20"), (1e21, "1e+21"), (1.5e20, "1.5e+20"),
            (0.00001, "1e-05"), (0.0001, "0.0001"), (123456789.0, "1.23456789e+08"), (1234567.5, "1.2345675e+06"),
            (.infinity, "+Inf"), (-.infinity, "-Inf"), (.nan, "NaN"), (-0.0, "-0"), (0.0, "0"), (3.0e-5, "3e-05"),
            (0.1, "0.1"), (100000.0, "100000"), (1000000.0, "1e+06"), (1000.5, "1000.5"),
            (-9223372036854775809.0, "-9.223372036854776e+18"), (1e100, "1e+100"), (5e-324, "5e-324"),
            (123.456, "123.456"), (0.000123, "0.000123"),
        ])
    func floats(_ value: Double, _ text: String) {
        #expect(GoFormat.float(value) == text)
    }

    @Test(
        "floats print like encoding/json: positional below 1e21, a trimmed exponent elsewhere",
        arguments: [
            (1e6, "1000000"), (1e20, "100000000000000000000"), (18446744073709551616.0, "18446744073709552000"),
            (9223372036854775808.0, "9223372036854776000"), (-9223372036854775809.0, "-9223372036854776000"),
            (1e21, "1e+21"), (1e23, "1e+23"), (1e-7, "1e-7"), (1.5e-10, "1.5e-10"), (1e-6, "0.000001"), (2.5, "2.5"),
            (-0.0, "-0"), (0.0, "0"), (1e100, "1e+100"), (.infinity, #""+Inf""#),
        ])
    func jsonFloats(_ value: Double, _ text: String) {
        #expect(GoFormat.jsonFloat(value) == text)
    }

    @Test("floats print like go-yaml: %v, with .inf, -.inf and .nan", arguments: [
        (1e6, "1e+06"), (18446744073709551616.0, "1.8446744073709552e+19"), (2.5, "2.5"), (.infinity, ".inf"),
        (-.infinity, "-.inf"), (.nan, ".nan"), (-0.0, "-0"),
    ])
    func yamlFloats(_ value: Double, _ text: String) {
        #expect(GoFormat.yamlFloat(value) == text)
    }

    @Test("integers and booleans print plainly")
    func integers() {
        #expect(GoFormat.int(-42) == "-42")
        #expect(GoFormat.uint(12_345_678_901_234_567_890) == "12345678901234567890")
        #expect(GoFormat.bool(true) == "true" && GoFormat.bool(false) == "false")
    }

    @Test(
        "strings quote like strconv.Quote",
        arguments: [
            ("plain", #""plain""#), ("a\"b\\c", #""a\"b\\c""#), ("\t\n\r", #""\t\n\r""#), ("\u{07}\u{0B}", #""\a\v""#),
            ("\u{01}\u{7F}", #""\x01\x7f""#), ("\u{A0}", #""\u00a0""#), ("ünï ✓", #""ünï ✓""#),
            ("\u{E0001}", #""\U000e0001""#),
        ])
    func quotes(_ input: String, _ quoted: String) {
        #expect(GoFormat.quote(input) == quoted)
    }

    @Test(
        "Go float syntax is accepted and rejected like strconv.ParseFloat",
        arguments: [
            ("1", 1.0), ("-1.5", -1.5), (".5", 0.5), ("5.", 5), ("1e3", 1000), ("1E-2", 0.01), ("0x1p4", 16),
            ("0x1.8p1", 3), ("0x_1p0", 1), ("inf", .infinity), ("-Infinity", -.infinity), ("+1", 1),
        ])
    func parsesFloats(_ input: String, _ value: Double) throws {
        #expect(try GoParse.float(input) == value)
    }

    @Test("malformed floats are syntax errors", arguments: ["", "1_000", "0x10", "1e", "e5", "1.2.3", "+nan", "infin", "0x", " 1"])
    func rejectsFloats(_ input: String) {
        #expect(throws: ValueError("strconv.ParseFloat: parsing \(GoFormat.quote(input)): invalid syntax")) {
            try GoParse.float(input)
        }
    }
}
