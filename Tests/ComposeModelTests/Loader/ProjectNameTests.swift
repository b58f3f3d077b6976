import Testing
import YAML

@testable import ComposeModel

@Suite struct ProjectNameTests {
    @Test("normalisation lower-cases, drops other characters and leading separators", arguments: [
        ("Bad Yaml Name!", "badyamlname"), ("My Dir.X", "mydirx"), ("_d", "d"), ("ÄÖ", ""), ("-_a-b_", "a-b_"),
    ])
    func normalize(input: String, expected: String) {
        #expect(ProjectName.normalize(input) == expected)
    }

    @Test("the -p flag beats the environment, which beats the file, which beats the directory")
    func precedence() {
        var diagnostics = Diagnostics()
        let declared = Node.string("FromFile")
        let env = ["COMPOSE_PROJECT_NAME": "fromenv"]
        #expect(ProjectName.decide(flag: "flag", environment: env, declared: declared, interpolate: true, projectDirectory: "/x/dir", diagnostics: &diagnostics) == "flag")
        #expect(ProjectName.decide(flag: nil, environment: env, declared: declared, interpolate: true, projectDirectory: "/x/dir", diagnostics: &diagnostics) == "fromenv")
        #expect(ProjectName.decide(flag: nil, environment: [:], declared: declared, interpolate: true, projectDirectory: "/x/dir", diagnostics: &diagnostics) == "fromfile")
        #expect(ProjectName.decide(flag: nil, environment: [:], declared: nil, interpolate: true, projectDirectory: "/x/My Dir", diagnostics: &diagnostics) == "mydir")
        #expect(!diagnostics.hasErrors)
    }

    @Test("an invalid -p value is an error, not normalised")
    func invalidFlag() {
        var diagnostics = Diagnostics()
        let name = ProjectName.decide(flag: "Bad", environment: [:], declared: nil, interpolate: true, projectDirectory: "/x", diagnostics: &diagnostics)
        #expect(name == nil)
        #expect(diagnostics.errors.first?.message.hasPrefix("invalid project name \"Bad\"") == true)
    }

    @Test("a directory whose name normalises to nothing gives an empty-name error")
    func emptyName() {
        var diagnostics = Diagnostics()
        #expect(ProjectName.decide(flag: nil, environment: [:], declared: nil, interpolate: true, projectDirectory: "/x/ÄÖ", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.errors.first?.message == "project name must not be empty")
    }

    @Test("a declared name that interpolates or normalises to nothing is an error, not the directory's name",
          arguments: ["\\", "!!!", "__", "${UNSET}", "${UNSET:-!!}"])
    func declaredEmptyName(text: String) {
        var diagnostics = Diagnostics()
        let declared = Node.string(text)
        #expect(ProjectName.decide(flag: nil, environment: [:], declared: declared, interpolate: true, projectDirectory: "/x/dir", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.errors.first?.message == "project name must not be empty")
    }
}
