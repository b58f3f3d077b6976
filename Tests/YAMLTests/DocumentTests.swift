import Testing
@testable import YAML

@Suite struct DocumentTests {
    @Test("an empty input is an empty stream")
    func emptyInput() throws {
        #expect(try parse("").isEmpty)
        #expect(try parse("# only a comment\n").isEmpty)
    }

    @Test("each --- document becomes one node")
    func multipleDocuments() throws {
        let documents = try parse("a: 1\n---\nb: 2\n---\n- x\n")
        #expect(documents.count == 3)
        #expect(documents[0]["a"]?.text == "1")
        #expect(documents[1]["b"]?.at == "3:4")
        #expect(documents[2][0]?.text == "x")
    }

    @Test("an explicit empty document is a null scalar")
    func emptyDocument() throws {
        let documents = try parse("---\n...\n")
        #expect(documents.count == 1)
        #expect(documents.first?.isNull == true)
    }

    @Test("scalar styles are kept")
    func styles() throws {
        let node = try root("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  lit\ne: >\n  fold\n")
        #expect(node["a"]?.scalar?.style == .plain)
        #expect(node["b"]?.scalar?.style == .singleQuoted)
        #expect(node["c"]?.scalar?.style == .doubleQuoted)
        #expect(node["d"]?.scalar == Node.Scalar("lit\n", style: .literal))
        #expect(node["e"]?.scalar == Node.Scalar("fold\n", style: .folded))
    }

    @Test("a scalar with an escaped NUL keeps it and the text after it")
    func embeddedNul() throws {
        let node = try root("a: \"x\\0y\"\n")
        let text = try #require(node["a"]?.text)
        #expect(Array(text.utf8) == [0x78, 0x00, 0x79])
    }

    @Test("countEvents counts libyaml's raw events")
    func countEvents() throws {
        // stream start, document start, mapping start, key, value, mapping end, document end, stream end
        #expect(try YAMLParser.countEvents(Array("a: b\n".utf8)) == 8)
        #expect(try YAMLParser.countEvents([]) == 2)
    }
}
