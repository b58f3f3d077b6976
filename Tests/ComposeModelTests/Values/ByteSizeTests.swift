import Testing

@testable import ComposeModel

@Suite struct ByteSizeTests {
    @Test(
        "sizes parse like go-units RAMInBytes",
        arguments: [
            ("1gb", 1_073_741_824), ("64m", 67_108_864), ("1KB", 1024), ("1kib", 1024), ("1KiB", 1024),
            ("1 g", 1_073_741_824), ("1.5g", 1_610_612_736), ("512", 512), ("1b", 1), ("1B", 1), ("1 ", 1),
            ("0x1p4", 16), ("1e3", 1000), ("1.9", 1), ("2t", 2_199_023_255_552), ("1p", 1_125_899_906_842_624),
            ("100000p", Int64.min), ("inf b", Int64.min), (".5k", 512),
        ] as [(String, Int64)])
    func parses(_ input: String, _ bytes: Int64) throws {
        #expect(try ByteSize.parse(input) == bytes)
    }

    @Test(
        "invalid sizes fail with go-units' messages",
        arguments: [
            ("abc", "invalid size: 'abc'"), ("", "invalid size: ''"), ("-1", "invalid size: '-1'"),
            ("1kx", "invalid suffix: 'kx'"), ("1bb", "invalid suffix: 'bb'"), ("1kbx", "invalid suffix: 'kbx'"),
            ("1KBX", "invalid suffix: 'kbx'"), ("1kbxx", "invalid suffix: 'kbxx'"), ("1x", "invalid suffix: 'x'"),
            ("1.2.3m", #"strconv.ParseFloat: parsing "1.2.3": invalid syntax"#),
            ("0x10", #"strconv.ParseFloat: parsing "0x10": invalid syntax"#),
            (" 1g", #"strconv.ParseFloat: parsing " 1": invalid syntax"#),
            ("1e400", #"strconv.ParseFloat: parsing "1e400": value out of range"#),
        ])
    func rejects(_ input: String, _ message: String) {
        #expect(throws: ValueError(message)) { try ByteSize.parse(input) }
    }
}
