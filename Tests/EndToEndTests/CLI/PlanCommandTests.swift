import Foundation
import Testing

/// `mixcompose plan`: placement, waves and injected peer addresses, in four formats.
@Suite struct PlanCommandTests {
    /// A Windows backend (placed by its platform) and a Linux frontend depending on it.
    static let mixed = """
        name: mixed
        services:
          backend:
            image: mcr.microsoft.com/dotnet/samples:aspnetapp
            platform: windows/amd64
          frontend:
            image: nginx:1.27
            depends_on: [backend]
        """

    @Test("plan --format json has the documented keys, places each service and injects the peer")
    func json() throws {
        let project = try TemporaryProject(compose: Self.mixed)
        let result = try project.run(["plan", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let plan = try #require(TemporaryProject.jsonObject(result.stdout), "\(result)")
        #expect(plan["project"] as? String == "mixed")
        #expect(plan["waves"] is [[String]])
        #expect(plan["diagnostics"] is [Any])
        let services = try #require(plan["services"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: services.compactMap { s in (s["name"] as? String).map { ($0, s) } })
        let backend = try #require(byName["backend"])
        let frontend = try #require(byName["frontend"])
        for service in services {
            for key in ["name", "daemon", "os", "reason", "wave", "dependsOn", "inject"] {
                #expect(service[key] != nil, "service lacks \(key): \(service)")
            }
        }
        #expect(backend["daemon"] as? String == "windows")
        #expect(backend["os"] as? String == "windows")
        #expect(frontend["daemon"] as? String == "linux")
        #expect(!(backend["reason"] as? String ?? "").isEmpty)
        #expect(frontend["dependsOn"] as? [String] == ["backend"])
        let backendWave = try #require(backend["wave"] as? Int)
        let frontendWave = try #require(frontend["wave"] as? Int)
        #expect(backendWave < frontendWave)
        let inject = try #require(frontend["inject"] as? [String: Any])
        let env = try #require(inject["env"] as? [String: String])
        #expect(env["BACKEND_HOST"] != nil, "\(inject)")
        #expect(inject["hosts"] as? [String] == ["backend"])
    }

    @Test("plan prints a table naming both daemons and the injected variable")
    func text() throws {
        let project = try TemporaryProject(compose: Self.mixed)
        let result = try project.run(["plan"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("project: mixed"))
        let backend = try #require(result.stdoutLines.first { $0.hasPrefix("backend ") }, "\(result)")
        #expect(backend.contains("windows"))
        let frontend = try #require(result.stdoutLines.first { $0.hasPrefix("frontend ") }, "\(result)")
        #expect(frontend.contains("linux"))
        #expect(result.stdout.contains("BACKEND_HOST"))
    }

    @Test("plan --format dot is a digraph with one cluster per daemon and the dependency edge")
    func dot() throws {
        let project = try TemporaryProject(compose: Self.mixed)
        let result = try project.run(["plan", "--format", "dot"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("digraph"))
        #expect(result.stdout.contains("cluster_linux"))
        #expect(result.stdout.contains("cluster_windows"))
        #expect(result.stdout.contains("\"frontend\" -> \"backend\""))
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("}"))
    }

    @Test("plan --format mermaid is a flowchart with a subgraph per daemon and a dotted cross-daemon edge")
    func mermaid() throws {
        let project = try TemporaryProject(compose: Self.mixed)
        let result = try project.run(["plan", "--format", "mermaid"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.first == "flowchart LR")
        #expect(result.stdout.contains("subgraph linux"))
        #expect(result.stdout.contains("subgraph windows"))
        #expect(result.stdout.contains("-.->"))
    }

    @Test("plan exits 1 when the plan has errors, and names the problem")
    func planErrors() throws {
        let project = try TemporaryProject(compose: """
            services:
              backend:
                image: mcr.microsoft.com/windows/servercore:ltsc2022
                platform: windows/amd64
                privileged: true
            """)
        let result = try project.run(["plan", "--format", "json"])
        #expect(result.status == 1, "\(result)")
        let plan = try #require(TemporaryProject.jsonObject(result.stdout), "\(result)")
        let diagnostics = try #require(plan["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { ($0["severity"] as? String) == "error" }, "\(diagnostics)")
        #expect(result.stdout.contains("privileged"))
    }

    @Test("plan --format json of a project that does not load exits 1 and prints only its diagnostics as JSON")
    func brokenProject() throws {
        let broken = [
            "services:\n  web:\n    image: nginx\n    depends_on: [db]\n",
            "services:\n  a: {image: x, depends_on: [b]}\n  b: {image: x, depends_on: [a]}\n",
        ]
        for compose in broken {
            let project = try TemporaryProject(compose: compose)
            let result = try project.run(["plan", "--format", "json"])
            #expect(result.status == 1, "\(result)")
            let json = try #require(TemporaryProject.jsonObject(result.stdout), "\(result)")
            #expect(Set(json.keys) == ["diagnostics"])
            let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.contains { ($0["severity"] as? String) == "error" && ($0["line"] as? Int) != nil }, "\(diagnostics)")
            #expect(!result.errorDiagnostics.isEmpty, "\(result)")
            let text = try project.run(["plan"])
            #expect(text.status == 1 && text.stdout.isEmpty, "\(text)")
        }
    }
}
