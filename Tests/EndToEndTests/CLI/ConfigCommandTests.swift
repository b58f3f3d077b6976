import Foundation
import Testing

/// `mixcompose config`: the resolved project printed as YAML or JSON, and its service names.
@Suite struct ConfigCommandTests {
    static let twoServices = """
        services:
          web:
            image: nginx:1.27
            ports: ["8081:80"]
            depends_on: [db]
          db:
            image: postgres:16
            environment:
              POSTGRES_PASSWORD: ${PASSWORD:-secret}
        """

    @Test("config --format json prints the resolved project as one JSON object")
    func printsJSON() throws {
        let project = try TemporaryProject(compose: Self.twoServices)
        let result = try project.run(["-p", "shop", "config", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let json = try #require(TemporaryProject.jsonObject(result.stdout), "\(result)")
        #expect(json["name"] as? String == "shop")
        let services = try #require(json["services"] as? [String: Any])
        #expect(Set(services.keys) == ["web", "db"])
        let db = try #require(services["db"] as? [String: Any])
        let environment = db["environment"] as? [String: Any]
        #expect(environment?["POSTGRES_PASSWORD"] as? String == "secret")
    }

    @Test("-f - and -f /dev/stdin read the compose file from a pipe; - names it in errors, paths resolve against the working directory")
    func readsStandardInput() throws {
        let project = try TemporaryProject(compose: "services: {unused: {image: x}}")
        for file in ["-", "/dev/stdin"] {
            let result = try project.run(["-f", file, "-p", "piped", "config", "--format", "json"], input: Self.twoServices)
            #expect(result.status == 0, "\(result)")
            let services = try #require(TemporaryProject.jsonObject(result.stdout)?["services"] as? [String: Any], "\(result)")
            #expect(Set(services.keys) == ["web", "db"])
        }
        let bind = try project.run(["-f", "-", "-p", "piped", "config", "--format", "json"], input: "services: {a: {image: x, volumes: [./data:/data]}}")
        #expect(bind.stdout.contains(#""source": "\#(project.directory)/data""#), "\(bind)")
        let broken = try project.run(["-f", "-", "-p", "piped", "config"], input: "services:\n  a: {imgae: x}\n")
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("-:2:"), "\(broken)")
    }

    @Test("config prints YAML by default, naming the project and every service")
    func printsYAML() throws {
        let project = try TemporaryProject(compose: Self.twoServices)
        let result = try project.run(["-p", "shop", "config"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.contains("name: shop"))
        #expect(result.stdoutLines.contains("services:"))
        #expect(result.stdoutLines.contains("  web:"))
        #expect(result.stdoutLines.contains("  db:"))
        #expect(TemporaryProject.jsonObject(result.stdout) == nil)
    }

    @Test("config --services prints one service name per line")
    func listsServices() throws {
        let project = try TemporaryProject(compose: Self.twoServices)
        let result = try project.run(["config", "--services"])
        #expect(result.status == 0, "\(result)")
        #expect(Set(result.stdoutLines) == ["web", "db"])
        #expect(result.stdoutLines.count == 2)
    }

    @Test("config -q prints nothing and succeeds on a valid project")
    func quietPrintsNothing() throws {
        let project = try TemporaryProject(compose: Self.twoServices)
        let result = try project.run(["config", "-q"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test("config --no-interpolate keeps ${...} references as written")
    func noInterpolate() throws {
        let project = try TemporaryProject(compose: Self.twoServices)
        let result = try project.run(["config", "--format", "json", "--no-interpolate"], environment: ["PASSWORD": "from-env"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("${PASSWORD:-secret}"))
        // Docker Compose escapes `$` only in interpolated output.
        #expect(!result.stdout.contains("$${PASSWORD"), "\(result)")
        #expect(!result.stdout.contains("from-env"))
    }

    @Test("variables from the environment are interpolated")
    func interpolatesEnvironment() throws {
        let project = try TemporaryProject(compose: Self.twoServices)
        let result = try project.run(["config", "--format", "json"], environment: ["PASSWORD": "from-env"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("from-env"))
    }

    @Test("-p overrides the name: key of the compose file")
    func projectNameFlagWins() throws {
        let project = try TemporaryProject(compose: "name: from-file\n" + Self.twoServices)
        let named = try project.run(["config", "--format", "json"])
        #expect(TemporaryProject.jsonObject(named.stdout)?["name"] as? String == "from-file", "\(named)")
        let overridden = try project.run(["-p", "from-flag", "config", "--format", "json"])
        #expect(TemporaryProject.jsonObject(overridden.stdout)?["name"] as? String == "from-flag", "\(overridden)")
    }

    @Test("--profile enables the services of that profile and only those")
    func profiles() throws {
        let project = try TemporaryProject(compose: """
            services:
              app: {image: busybox}
              debug: {image: busybox, profiles: [debug]}
              metrics: {image: busybox, profiles: [metrics]}
            """)
        let plain = try project.run(["config", "--services"])
        #expect(plain.stdoutLines == ["app"], "\(plain)")
        let debug = try project.run(["--profile", "debug", "config", "--services"])
        #expect(Set(debug.stdoutLines) == ["app", "debug"], "\(debug)")
    }

    @Test("service arguments restrict the output to the named services and their dependencies")
    func serviceArguments() throws {
        let project = try TemporaryProject(compose: """
            services:
              web: {image: nginx, depends_on: [api]}
              api: {image: busybox}
              other: {image: busybox}
            """)
        let result = try project.run(["config", "--format", "json", "web"])
        #expect(result.status == 0, "\(result)")
        let services = TemporaryProject.jsonObject(result.stdout)?["services"] as? [String: Any]
        // As Docker Compose v2.40.3 answers: a selected service keeps its dependencies; others go.
        #expect(services?.keys.sorted() == ["api", "web"])
        let web = services?["web"] as? [String: Any]
        #expect((web?["depends_on"] as? [String: Any])?.keys.sorted() == ["api"], "\(result)")
    }

    @Test("a usage error exits 1, as in Docker Compose", arguments: [["config", "--format", "toml"], ["config", "--no-such-flag"], ["frobnicate"]])
    func usageError(arguments: [String]) throws {
        let project = try TemporaryProject(compose: Self.twoServices)
        let result = try project.run(arguments)
        #expect(result.status == 1, "\(result)")
        #expect(!result.stderr.isEmpty)
    }
}
