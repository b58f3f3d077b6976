import Testing
import YAML

@testable import ComposeModel

/// The loader on an in-memory project (`FileAccess.$memory`), as the fuzz target runs it.
@Suite struct MemoryFilesTests {
    /// Loads `/p/compose.yaml` from `files` (paths relative to `/p`).
    static func load(_ files: [String: String]) -> LoadResult {
        let memory = MemoryFiles(Dictionary(uniqueKeysWithValues: files.map { ("/p/" + $0.key, Array($0.value.utf8)) }))
        return FileAccess.$memory.withValue(memory) {
            ProjectLoader.load(LoadOptions(workingDirectory: "/p", environment: ["PWD": "/p"]))
        }
    }

    @Test("every parent of a file is a directory, and only files are files")
    func directories() {
        let memory = MemoryFiles(["/p/d/e/compose.yaml": []])
        FileAccess.$memory.withValue(memory) {
            #expect(["/", "/p", "/p/d", "/p/d/e"].allSatisfy(FileAccess.isDirectory))
            #expect(FileAccess.isFile("/p/d/e/compose.yaml") && !FileAccess.isFile("/p/d"))
            #expect(!FileAccess.exists("/p/x") && FileAccess.read("/p/x") == nil)
        }
    }

    @Test("include, extends and the .env file are read from memory")
    func wholeProject() throws {
        let result = Self.load([
            "compose.yaml": "include: [d/compose.yaml]\nservices:\n  a:\n    extends: {file: base.yaml, service: b}\n    image: ${TAG}\n",
            "base.yaml": "services:\n  b: {command: run}\n",
            "d/compose.yaml": "services:\n  c: {image: c}\n",
            ".env": "TAG=\"x\\ny\"\n",
        ])
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics)")
        let services = try #require(result.tree?.mapping?["services"]?.mapping)
        #expect(services.entries.map(\.name).sorted() == ["a", "c"])
        #expect(services["a"]?.mapping?["image"]?.text == "x\ny")
    }

    @Test("an env_file that is a directory fails to read, as in Compose, rather than being not found")
    func envFileDirectory() {
        let result = Self.load(["compose.yaml": "services:\n  a:\n    image: x\n    env_file: d\n", "d/x": ""])
        #expect(result.diagnostics.errors.map(\.message) == ["failed to read /p/d: read /p/d: is a directory"])
    }

    @Test("include with no value includes nothing")
    func includeNull() {
        let result = Self.load(["compose.yaml": "include:\nservices:\n  a: {image: x}\n"])
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics)")
        #expect(result.tree?.mapping?["include"] == nil)
    }

    @Test("a short port whose container range includes 0 is missing a target port, as in Compose",
          arguments: ["0-65535:0-65535", "0", "80:0", "1-2:0-1", "0/udp"])
    func portTargetZero(spec: String) {
        let result = Self.load(["compose.yaml": "services:\n  a:\n    image: x\n    ports: ['\(spec)']\n"])
        #expect(result.diagnostics.errors.map(\.message) == ["service ports services.a.ports.[0] is missing a target port"])
    }
}
