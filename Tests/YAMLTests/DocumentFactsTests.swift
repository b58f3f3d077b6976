import Testing
@testable import YAML

/// The facts a document carries let the loader skip whole-tree walks, so a wrong `false` would
/// silently skip a check: each fact is pinned both ways, per document.
@Suite struct DocumentFactsTests {
    private func facts(_ text: String) throws -> [Document] {
        try YAMLParser.documents(Array(text.utf8), file: "test.yaml")
    }

    @Test("a plain document has no tags, no non-string keys and no dollars")
    func plainDocument() throws {
        let document = try #require(try facts("services:\n  web:\n    image: nginx\n    ports: ['80:80']\n").first)
        #expect(!document.hasTags)
        #expect(!document.hasNonStringKeys)
        #expect(!document.hasDollars)
    }

    @Test("a tag anywhere, on a scalar, sequence or mapping, is noticed", arguments: [
        "a:\n  b: !reset null\n", "a: !override [1]\n", "a: !reset {}\n", "a:\n  - !!str 1\n",
    ])
    func tags(_ text: String) throws {
        #expect(try facts(text).first?.hasTags == true)
    }

    @Test("keys that are not strings under the core schema are noticed", arguments: [
        "1: a\n", "a:\n  true: b\n", "a:\n  - ~: c\n", "? [x]\n: y\n", "0x1F: a\n", "null: a\n",
    ])
    func nonStringKeys(_ text: String) throws {
        #expect(try facts(text).first?.hasNonStringKeys == true)
    }

    @Test("keys that read like other types but are quoted or textual stay strings", arguments: [
        "'1': a\n", "\"true\": b\n", "tree: c\n", "nothing: d\n", "_x: e\n", "n: f\n",
    ])
    func stringKeys(_ text: String) throws {
        #expect(try facts(text).first?.hasNonStringKeys == false)
    }

    @Test("a dollar in any scalar is noticed, in keys too")
    func dollars() throws {
        #expect(try facts("a:\n  - ${X}\n").first?.hasDollars == true)
        #expect(try facts("$a: b\n").first?.hasDollars == true)
        #expect(try facts("a: b\n").first?.hasDollars == false)
    }

    @Test("facts are per document: a later document starts clean")
    func perDocument() throws {
        let documents = try facts("a: !reset ${X}\n1: b\n---\nc: d\n")
        #expect(documents.count == 2)
        #expect(documents[0].hasTags && documents[0].hasDollars && documents[0].hasNonStringKeys)
        #expect(!documents[1].hasTags && !documents[1].hasDollars && !documents[1].hasNonStringKeys)
    }
}
