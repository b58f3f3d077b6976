import Testing
import YAML

@testable import ComposeModel

@Suite struct DeployConfigSchemaTests {
    @Test("rollback_config and update_config reject the same unknown key with a suggestion", arguments: ["update_config", "rollback_config"])
    func rejectsUnknownKey(field: String) throws {
        let yaml = "services:\n  a:\n    image: x\n    deploy:\n      \(field): {parallelism: 1, ordr: start-first}\n"
        let document = try #require(try YAMLParser.parse(Array(yaml.utf8), file: "compose.yaml").first)
        var diagnostics = Diagnostics()
        _ = Canonicalizer.canonicalize(
            document, options: CanonicalOptions(baseDirectory: "/p", homeDirectory: "/h", isOverride: false),
            diagnostics: &diagnostics)
        let error = try #require(diagnostics.errors.first)
        #expect(error.message.contains("'ordr'"))
        #expect(error.message.contains("did you mean 'order'"))
        #expect(error.mark.line == 5)
    }
}
