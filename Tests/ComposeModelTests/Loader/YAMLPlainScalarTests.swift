import Testing
import YAML

@testable import ComposeModel

@Suite struct YAMLPlainScalarTests {
    static let texts = [
        "a", "a b", "a:b", "a: b", "a:", "a #b", "a#b", "#a", "-a", "- a", "?a", ":a", "{a", "&a", "*a", "!a", "|a",
        ">a", "'a", "\"a", "%a", "@a", "`a", "a ", " a", "yes", "true", "null", "~", "1", "01", "1.5", ".inf", "0x1F",
        "1_000", "30s", "12:30", "é", "a\tb", "x-y", "/data", "$$HOME", "e\u{301}",
    ]

    @Test("YAML output prints a string plain only when it reads back as that same string", arguments: texts)
    func roundTrips(text: String) throws {
        let tree = Node.mapping([("k", .string(text))])
        let back = try yaml(ConfigRenderer.yaml(tree, escapeDollars: false))
        let value = try #require(back.mapping?["k"]?.scalar)
        #expect(value.text == text)
        #expect(value.resolved == .string(text))
    }

    @Test("plain printing is kept for ordinary words and paths")
    func plainWhenSafe() {
        #expect(YAMLWriter.isSafePlain("service_started"))
        #expect(YAMLWriter.isSafePlain("./data/svc0:/data"))
        #expect(!YAMLWriter.isSafePlain("a: b"))
        #expect(!YAMLWriter.isSafePlain("8080"))
    }

    @Test("YAML 1.1 booleans print quoted, as Compose's config prints them, so YAML 1.1 readers keep them strings")
    func quotesYAML11Booleans() {
        for text in ["yes", "No", "ON", "off", "y", "N"] { #expect(!YAMLWriter.isSafePlain(text)) }
        #expect(YAMLWriter.isSafePlain("yesterday"))
    }
}
