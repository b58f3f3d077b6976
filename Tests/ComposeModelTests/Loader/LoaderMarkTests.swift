import Testing
import YAML

@testable import ComposeModel

/// Every loader error names `file:line:column` at the node it is about, the file relative to
/// the working directory as the user would write it.
@Suite struct LoaderMarkTests {
    @Test("each broken project's error points at the node it is about", arguments: consistency + loading)
    func pointsAtNode(_ broken: Broken) throws {
        let project = try TemporaryProject(broken.files)
        let errors = project.load(files: broken.load).diagnostics.errors
        #expect(!errors.isEmpty)
        let unknown = errors.filter { !$0.mark.isKnown || $0.mark.file.isEmpty }
        #expect(unknown.isEmpty, "errors without a position: \(unknown)")
        let error = try #require(errors.first { $0.message.contains(broken.message) }, "\(errors)")
        #expect(error.mark.description == broken.mark, "\(error)")
        #expect(error.description.hasPrefix(broken.mark + ": error: "))
    }

    @Test("an unset variable's warning points at the value that uses it")
    func unsetVariable() throws {
        let project = try TemporaryProject([
            "compose.yaml": "services:\n  a:\n    image: x\n    environment:\n      K: \"${NOPE}\"\n      L: \"${NOPE}\"\n"
        ])
        let warnings = project.load().diagnostics.warnings.filter { $0.message.contains("\"NOPE\" variable is not set") }
        #expect(warnings.map(\.mark.description) == ["compose.yaml:5:10"])
    }

    @Test("a file outside the working directory keeps its absolute path")
    func outsideWorkingDirectory() throws {
        let project = try TemporaryProject([
            "compose.yaml": "services:\n  a:\n    image: x\n    depends_on: [zz]\n", "sub/keep.txt": "",
        ])
        let error = try #require(project.load(cwd: "sub").diagnostics.errors.first)
        #expect(error.mark.description == project.directory + "/compose.yaml:4:18")
    }

    @Test("standard input is named -")
    func standardInput() throws {
        let project = try TemporaryProject([:])
        let result = project.load(files: ["-"], stdin: Array("services:\n  a:\n    image: x\n    depends_on: [zz]\n".utf8))
        #expect(result.diagnostics.errors.map(\.mark.description) == ["-:4:18"])
    }

    @Test("marks in the loaded tree name files relative to the working directory; loading still reads the absolute path")
    func treeMarks() throws {
        let project = try TemporaryProject([
            "deploy/compose.yaml": "services:\n  web:\n    image: x\n    env_file: web.env\n", "deploy/web.env": "A=1\n",
        ])
        let result = project.load(files: ["deploy/compose.yaml"])
        #expect(result.files == [project.directory + "/deploy/compose.yaml"])
        let web = try #require(result.service("web"))
        #expect(web["image"]?.mark.description == "deploy/compose.yaml:3:12")
        #expect(web["environment"]?.mapping?["A"]?.text == "1")
    }
}
