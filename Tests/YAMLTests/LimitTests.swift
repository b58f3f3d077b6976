import Testing
@testable import YAML

@Suite struct LimitTests {
    @Test("nesting deeper than the limit fails cleanly at the offending collection")
    func deepNesting() {
        let text = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(failure(text) == "test.yaml:1:257: error: document nests deeper than 256 levels")
    }

    @Test("nesting at the limit is accepted")
    func nestingAtLimit() throws {
        let text = String(repeating: "[", count: 4) + String(repeating: "]", count: 4)
        #expect(try parse(text, limits: .init(maxDepth: 4)).count == 1)
        #expect(failure(text, limits: .init(maxDepth: 3)) == "test.yaml:1:4: error: document nests deeper than 3 levels")
    }

    @Test("depth counts collections brought in by an alias, failing at the alias")
    func aliasDepth() {
        let text = "a: &a [[[x]]]\nb: [*a]\n"
        #expect(failure(text, limits: .init(maxDepth: 4)) == "test.yaml:2:5: error: document nests deeper than 4 levels")
    }
}

extension LimitTests {
    @Test("nested block mappings up to the default limit compose without exhausting the stack")
    func deepMappingsAtLimit() throws {
        var text = ""
        for level in 0..<256 { text += String(repeating: " ", count: level) + "k:\n" }
        text += String(repeating: " ", count: 256) + "leaf\n"
        var node = try root(text)
        var depth = 0
        while let next = node["k"] {
            node = next
            depth += 1
        }
        #expect(depth == 256)
        #expect(node.text == "leaf")
    }
}
