import Foundation
import Testing

/// `mixcompose config` on broken projects: exit 1, nothing on standard output, and each problem
/// on standard error as `file:line:column: error: message`, the file named relative to the
/// working directory as the user would.
@Suite struct ConfigErrorTests {
    /// One broken project, the text its error must contain and the line it must point at.
    struct Broken: Sendable, CustomStringConvertible {
        var description: String
        var compose: String
        var message: String
        var line: Int
        var environment: [String: String] = [:]
    }

    static let cases: [Broken] = [
        Broken(
            description: "unknown key with a did-you-mean",
            compose: "services:\n  web:\n    image: nginx\n    enviroment: {A: b}\n",
            message: "did you mean", line: 4),
        Broken(
            description: "wrong type",
            compose: "services:\n  web:\n    image: nginx\n    ports: 80\n",
            message: "ports", line: 4),
        Broken(
            description: "YAML syntax error",
            compose: "services:\n  web:\n    image: [nginx\n    ports: [\"80:80\"]\n",
            message: "", line: 0),
        Broken(
            description: "duplicate key",
            compose: "services:\n  web:\n    image: nginx\n    image: httpd\n",
            message: "image", line: 4),
        Broken(
            description: "undefined dependency",
            compose: "services:\n  web:\n    image: nginx\n    depends_on: [db]\n",
            message: "depends on undefined service \"db\"", line: 4),
        Broken(
            description: "dependency cycle",
            compose: "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [a]\n",
            message: "dependency cycle", line: 4),
        Broken(
            description: "missing required variable",
            compose: "services:\n  web:\n    image: \"nginx:${TAG:?need TAG}\"\n",
            message: "need TAG", line: 3),
        Broken(
            description: "invalid port",
            compose: "services:\n  web:\n    image: nginx\n    ports: [\"80:99999\"]\n",
            message: "99999", line: 4),
    ]

    @Test("a broken project exits 1 with a positioned error and prints nothing on stdout", arguments: cases)
    func rejected(_ broken: Broken) throws {
        let project = try TemporaryProject(compose: broken.compose)
        let result = try project.run(["config"], environment: broken.environment)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        let errors = result.errorDiagnostics
        #expect(!errors.isEmpty, "\(result)")
        #expect(errors.allSatisfy { $0.hasPrefix("compose.yaml:") }, "\(result)")
        if !broken.message.isEmpty {
            #expect(errors.contains { $0.contains(broken.message) }, "\(result)")
        }
        if broken.line > 0 {
            #expect(errors.contains { $0.hasPrefix("compose.yaml:\(broken.line):") }, "\(result)")
        }
    }

    @Test("the required variable's error goes away once the variable is set")
    func requiredVariableSet() throws {
        let project = try TemporaryProject(compose: "services:\n  web:\n    image: \"nginx:${TAG:?need TAG}\"\n")
        let result = try project.run(["config", "--format", "json"], environment: ["TAG": "1.27"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("nginx:1.27"))
    }

    @Test("several independent errors are all printed")
    func severalErrors() throws {
        let project = try TemporaryProject(compose: """
            services:
              web:
                image: nginx
                enviroment: {A: b}
              api:
                image: busybox
                restrat: always
              worker:
                image: busybox
                comand: ["true"]
            """)
        let result = try project.run(["config"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty)
        let lines = Set(result.errorDiagnostics.compactMap { $0.split(separator: ":").dropFirst().first.map(String.init) })
        #expect(result.errorDiagnostics.count >= 3, "\(result)")
        #expect(lines.isSuperset(of: ["4", "7", "10"]), "\(result)")
    }

    @Test("a billion-laughs file fails with an error instead of expanding")
    func billionLaughs() throws {
        var yaml = "x-a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "x-a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        yaml += "services:\n  web:\n    image: nginx\n    command: *a9\n"
        let project = try TemporaryProject(compose: yaml)
        let result = try project.run(["config", "--format", "json"], timeout: 120)
        #expect(!result.timedOut, "\(result)")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(!result.errorDiagnostics.isEmpty, "\(result)")
    }

    @Test("a file given with -f from a subdirectory is named relative to the working directory")
    func relativeFileName() throws {
        let project = try TemporaryProject(files: ["deploy/stack.yaml": "services:\n  web:\n    image: nginx\n    depends_on: [db]\n"])
        let result = try project.run(["-f", "deploy/stack.yaml", "config"])
        #expect(result.status == 1, "\(result)")
        #expect(result.errorDiagnostics.contains { $0.hasPrefix("deploy/stack.yaml:4:18: error: ") }, "\(result)")
    }

    @Test("a syntax error in .env points at its line in the .env file")
    func dotEnvLine() throws {
        let project = try TemporaryProject(compose: "services: {web: {image: nginx}}\n", files: [".env": "A=1\nB C=2\n"])
        let result = try project.run(["config"])
        #expect(result.status == 1, "\(result)")
        #expect(result.errorDiagnostics.contains { $0.hasPrefix(".env:2:1: error: ") }, "\(result)")
    }

    @Test("a missing compose file is an error, not a crash")
    func missingFile() throws {
        let project = try TemporaryProject()
        let result = try project.run(["-f", "nope.yaml", "config"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("nope.yaml"), "\(result)")
    }
}
