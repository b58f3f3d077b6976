import Testing

@testable import mixcompose

@Suite struct ScaleOptionTests {
    @Test("--scale values become service counts, a later value for a service winning")
    func parsesPairs() throws {
        #expect(try ScaleOption.parse(["web=3", "db=0", "web=2"]) == ["web": 2, "db": 0])
    }

    @Test("a --scale value that is not SERVICE=NUM with NUM 0 or more is a usage error", arguments: [
        "web", "web=", "=2", "web=two", "web=-1", "web=1.5",
    ])
    func rejectsMalformed(value: String) {
        let error = #expect(throws: (any Error).self) { try ScaleOption.parse([value]) }
        #expect(String(describing: error).contains("SERVICE=NUM"))
    }
}
