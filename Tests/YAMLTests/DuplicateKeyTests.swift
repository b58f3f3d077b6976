import Testing
@testable import YAML

@Suite struct DuplicateKeyTests {
    @Test("a duplicate key fails at the second key, naming the first line")
    func duplicateKey() {
        let text = """
            services:
              web:
                image: nginx
                ports: ["80"]
                image: httpd
            """
        #expect(failure(text) == "test.yaml:5:5: error: mapping key \"image\" already defined at line 3")
    }

    @Test("keys compare by text, whatever their quoting")
    func quotedDuplicate() {
        #expect(failure("a: 1\n'a': 2\n") == "test.yaml:2:1: error: mapping key \"a\" already defined at line 1")
    }

    @Test("duplicates are found in large mappings too")
    func largeMapping() throws {
        let keys = (0..<5_000).map { "k\($0): \($0)" }
        let unique = keys.joined(separator: "\n")
        #expect(try root(unique).mapping?.count == 5_000)
        #expect(failure(unique + "\nk42: again\n") == "test.yaml:5001:1: error: mapping key \"k42\" already defined at line 43")
    }

    @Test("merged keys never count as duplicates")
    func mergedKeysAreNotDuplicates() throws {
        let node = try root("a: &a {x: 1}\nm:\n  x: 2\n  <<: *a\n")
        #expect(node["m"]?.mapping?.count == 1)
    }
}
