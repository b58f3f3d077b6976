import Testing
@testable import YAML

/// Node size is memory traffic for every loader pass over hundreds of thousands of nodes: the
/// mark and tag are stored as numbers to keep it small, without changing what callers see.
@Suite struct NodeLayoutTests {
    @Test("a node takes at most 40 bytes and a mapping entry at most 80")
    func size() {
        #expect(MemoryLayout<Node>.stride <= 40)
        #expect(MemoryLayout<Node.Mapping.Entry>.stride <= 80)
    }

    @Test("tags set, changed and cleared read back as written, and take part in equality")
    func tagRoundTrip() {
        var node = Node.string("x")
        #expect(node.tag == nil)
        node.tag = "!reset"
        #expect(node.tag == "!reset" && node.isReset)
        node.tag = "tag:yaml.org,2002:str"
        #expect(node.tag == "tag:yaml.org,2002:str" && !node.isReset)
        #expect(node != Node.string("x"))
        node.tag = nil
        #expect(node.tag == nil && node == Node.string("x"))
    }

    @Test("marks keep large lines and columns, and clamp negatives to unknown")
    func markRange() {
        let far = Mark(file: "big.yaml", line: 3_000_000, column: 70_000)
        #expect(far.line == 3_000_000 && far.column == 70_000 && far.file == "big.yaml")
        var mark = Mark.none
        mark.line = -5
        #expect(mark.line == 0 && !mark.isKnown)
    }
}
