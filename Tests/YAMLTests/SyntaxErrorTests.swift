import Testing
@testable import YAML

@Suite struct SyntaxErrorTests {
    @Test("invalid UTF-8 fails at the offending byte")
    func invalidUTF8() {
        let bytes = Array("a: b\nc: ".utf8) + [0xFF] + Array("\n".utf8)
        #expect(failure(bytes: bytes) == "test.yaml:2:4: error: invalid leading UTF-8 octet 0xFF")
    }

    @Test("a tab in indentation fails with line and column")
    func tabIndentation() {
        #expect(failure("a:\n\tb: 1\n")
            == "test.yaml:2:1: error: found character that cannot start any token while scanning for the next token at line 2, column 1")
    }

    @Test("an unclosed quote fails at the end of input, naming where the scalar started")
    func unclosedQuote() {
        #expect(failure("a: \"open\nb: 1\n")
            == "test.yaml:3:1: error: found unexpected end of stream while scanning a quoted scalar at line 1, column 4")
    }

    @Test("a bad indentation fails with libyaml's problem text")
    func badIndentation() throws {
        let error = try #require(failure("a:\n  b: 1\n c: 2\n"))
        #expect(error.hasPrefix("test.yaml:3:"))
        #expect(error.contains("error: did not find expected key") || error.contains("error: mapping values are not allowed"))
    }
}
