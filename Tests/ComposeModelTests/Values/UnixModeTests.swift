import Testing

@testable import ComposeModel

@Suite struct UnixModeTests {
    @Test("string modes are octal", arguments: [("0440", 288), ("0400", 256), ("440", 288), ("+7", 7), ("-1", -1)])
    func parses(_ input: String, _ mode: Int) throws {
        #expect(try UnixMode.parse(input) == mode)
    }

    @Test(
        "modes print as Compose prints them",
        arguments: [(288, "0440"), (256, "0400"), (440, "0670"), (511, "0777"), (0, "00"), (-1, "0-1"), (7, "07")])
    func formats(_ mode: Int, _ text: String) {
        #expect(UnixMode.format(mode) == text)
    }

    @Test(
        "invalid string modes fail like strconv.ParseInt",
        arguments: [
            ("0o400", #"strconv.ParseInt: parsing "0o400": invalid syntax"#),
            ("8", #"strconv.ParseInt: parsing "8": invalid syntax"#),
            ("", #"strconv.ParseInt: parsing "": invalid syntax"#),
            ("1_0", #"strconv.ParseInt: parsing "1_0": invalid syntax"#),
            (" 7", #"strconv.ParseInt: parsing " 7": invalid syntax"#),
            ("7777777777777777777777", #"strconv.ParseInt: parsing "7777777777777777777777": value out of range"#),
        ])
    func rejects(_ input: String, _ message: String) {
        #expect(throws: ValueError(message)) { try UnixMode.parse(input) }
    }
}
