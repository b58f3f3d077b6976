import Testing
import YAML
@testable import ComposeModel

@Suite struct SchemaWalkTests {
    @Test("a node that fits two oneOf alternatives names the first two that fit")
    func oneOfMultiple() {
        let schema = SchemaNode(oneOf: [.integer, .string, .any, .anyObject])
        let violations = SchemaValidator.validate(.string("a"), against: schema, at: ["x"])
        #expect(violations.map(\.description) == ["x oneOf failed, subschemas 1, 2 matched"])
    }

    @Test("when no oneOf alternative fits, the deepest failure wins even after a type mismatch")
    func oneOfDeepestFailure() {
        let strict = SchemaNode(types: [.object], properties: ["a": .integer], additionalProperties: .forbidden)
        let schema = SchemaNode(oneOf: [.string, strict, .anyArray])
        let node = Node.mapping([("a", .string("text"))])
        let violations = SchemaValidator.validate(node, against: schema, at: ["x"])
        #expect(violations.map(\.description) == ["x.a must be a integer"])
    }

    @Test("an item's path names its index, and the prefix given by the caller comes first")
    func itemPath() {
        let schema = SchemaNode(types: [.array], items: .integer)
        let violations = SchemaValidator.validate(.sequence([.string("1", style: .plain), .string("b")]), against: schema, at: ["p", "q"])
        #expect(violations.map(\.path) == [["p", "q", "1"]])
    }

    @Test("a name table finds every name, keeps a repeated name's first value, and handles non-ASCII names")
    func nameTable() {
        let pairs = (0..<40).map { ("key\($0)", $0) } + [("key3", 99), ("naïve", 7), ("", 8)]
        let table = NameTable(pairs)
        for index in 0..<40 {
            #expect(table["key\(index)"] == index)
        }
        #expect(table["naïve"] == 7)
        #expect(table["nai\u{308}ve"] == 7)  // canonically equal, as with `Dictionary`
        #expect(table[""] == 8)
        #expect(table["key40"] == nil)
        #expect(NameTable<Int>([])["a"] == nil)
    }
}
