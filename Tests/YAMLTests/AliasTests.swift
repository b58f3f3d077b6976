import Testing
@testable import YAML

@Suite struct AliasTests {
    @Test("an alias expands to a copy of the anchored node")
    func aliasExpands() throws {
        let node = try root("""
            base: &base
              image: nginx
              ports: [80]
            copy: *base
            """)
        let copy = try #require(node["copy"])
        #expect(copy["image"]?.text == "nginx")
        #expect(copy["ports"]?[0]?.text == "80")
        // The top node takes the alias position; its children keep the anchored marks.
        #expect(copy.at == "4:7")
        #expect(copy["image"]?.at == "2:10")
    }

    @Test("an alias to a scalar copies the scalar")
    func scalarAlias() throws {
        let node = try root("a: &v 'x'\nb: [*v, *v]\n")
        #expect(node["b"]?[1]?.scalar == Node.Scalar("x", style: .singleQuoted))
    }

    @Test("an undefined alias fails at the alias")
    func undefinedAlias() {
        #expect(failure("a: 1\nb: *nope\n") == "test.yaml:2:4: error: unknown anchor 'nope' referenced")
    }

    @Test("anchors do not carry over into the next document")
    func anchorsArePerDocument() {
        #expect(failure("a: &x 1\n---\nb: *x\n") == "test.yaml:3:4: error: unknown anchor 'x' referenced")
    }

    @Test("a billion-laughs document fails on the expansion budget")
    func billionLaughs() {
        var text = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let aliases = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            text += "l\(level): &l\(level) [\(aliases)]\n"
        }
        let error = failure(text)
        #expect(error?.hasSuffix("error: document expands to too many nodes (billion laughs?)") == true)
        #expect(error?.hasPrefix("test.yaml:7:") == true)
    }

    @Test("the expansion budget counts every node an alias produces")
    func budgetCountsNodes() throws {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        // Each expansion of *a produces 4 nodes (the sequence and its items).
        #expect(try parse(text, limits: .init(maxExpandedNodes: 8)).count == 1)
        #expect(failure(text, limits: .init(maxExpandedNodes: 7)) != nil)
    }
}

extension AliasTests {
    @Test("an alias inside its own anchored node fails as a self-reference")
    func selfReference() {
        #expect(failure("x: &h\n  svc:\n    <<: *h\n") == "test.yaml:3:9: error: anchor 'h' refers to itself")
    }
}
