import Testing
import YAML

@testable import ComposeModel

@Suite struct ConfigRendererShortcutTests {
    static let plainTexts = [
        "", "0", "7", "00", "007", "09", "0o17", "0x1F", "0b101", "-0", "-12", "+12", "1_000", "123456789012345678",
        "1234567890123456789", "99999999999999999999", "1.5", ".5", "1e3", "1E+3", "-.inf", ".Inf", ".NaN", "~", "null",
        "Null", "NULL", "nil", "true", "True", "TRUE", "tRue", "false", "FALSE", "yes", "no", "on", "off", "y", "n",
        "t", "f", "30s", "1m30s", "10000:80", "127.0.0.1:8080:80/udp", "1.0.0", "-", "- x", "--port", "+", ".", "..",
        "0x", "0o", "ff", "feature", "nginx", "true-ish", "néant", "1é", "/data", "./data", "a b", "x-y",
    ]

    @Test("the renderers' scalar shortcut agrees with full resolution on tricky plain scalars", arguments: plainTexts)
    func agreesWithResolution(text: String) {
        let scalar = Node.Scalar(text, style: .plain)
        switch ConfigRenderer.shortcut(scalar) {
        case .string: #expect(scalar.resolved == .string(text))
        case .int(let value): #expect(scalar.resolved == .int(value))
        case nil: break
        }
    }

    @Test("the shortcut takes the common cases: words are strings, short decimals are ints")
    func coversCommonCases() {
        #expect(ConfigRenderer.shortcut(Node.Scalar("redis", style: .plain)) == .string)
        #expect(ConfigRenderer.shortcut(Node.Scalar("10000:80", style: .plain)) == .string)
        #expect(ConfigRenderer.shortcut(Node.Scalar("8080", style: .plain)) == .int(8080))
        #expect(ConfigRenderer.shortcut(Node.Scalar("true", style: .doubleQuoted)) == .string)
        #expect(ConfigRenderer.shortcut(Node.Scalar("0123", style: .plain)) == nil)
    }

    @Test("JSON output keeps Go's byte-wise key order when key prefixes tie or differ late")
    func keyOrder() throws {
        let json = ConfigRenderer.json(try yaml("{abcdefgh1: 1, abcdefgh: 2, abcdefgh0: 3, b: 4, a: 5, é: 6, z: 7}"))
        let keys = json.split(separator: "\n").compactMap { line in line.split(separator: "\"").dropFirst().first }
        #expect(keys == ["a", "abcdefgh", "abcdefgh0", "abcdefgh1", "b", "z", "é"])
    }
}
