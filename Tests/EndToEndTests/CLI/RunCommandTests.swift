import Foundation
import Testing

/// `run` against the two testbed daemons: one-off containers on each role's daemon, dependencies on the other
/// daemon first with their addresses injected, `--rm`, `-d`, a real terminal, bad input.
@Suite(.enabled(if: Testbed.shouldRun)) struct RunCommandTests {
    // app (Linux) needs backend (Windows role); job (Windows role) needs app: each direction crosses daemons.
    static let chain = """
        services:
          backend:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            command: ["sleep", "3600"]
          app:
            image: \(Testbed.busyboxImage)
            init: true
            command: ["sleep", "3600"]
            depends_on: [backend]
            ports: ["18941:80"]
          job:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            command: ["sleep", "3600"]
            depends_on: [app]
        """

    /// The IP of the project's running container of `service` on `daemon`, as the daemon lists it.
    static func address(of service: String, on daemon: DaemonInspector, project: String) throws -> String? {
        let container = try daemon.containers(project: project).first {
            ($0["Labels"] as? [String: String])?["com.docker.compose.service"] == service
        }
        let networks = (container?["NetworkSettings"] as? [String: Any])?["Networks"] as? [String: [String: Any]]
        return networks?.values.compactMap { $0["IPAddress"] as? String }.first { !$0.isEmpty }
    }

    /// The project's one-off containers on `daemon`.
    static func oneOffs(on daemon: DaemonInspector, project: String) throws -> [[String: Any]] {
        try daemon.containers(project: project).filter { ($0["Labels"] as? [String: String])?["com.docker.compose.oneoff"] == "True" }
    }

    @Test("run --rm on a Linux-role and a Windows-role service: dependencies on the other daemon first, their addresses injected, the exit code out, nothing left")
    func removedOneOffs() throws {
        try RuntimeProject.with(Self.chain, prefix: "mxc-cmd-run") { project in
            let app = try project.run(["run", "--rm", "-T", "app", "sh", "-c", "echo $BACKEND_HOST; grep -w backend /etc/hosts; echo oops >&2; exit 3"])
            #expect(app.status == 3, "\(app)")
            #expect(app.stderrLines.contains("oops"), "\(app)")
            let backend = try #require(try Self.address(of: "backend", on: project.windows, project: project.name), "backend is not running")
            #expect(app.stdout.hasPrefix("\(backend)\n"), "\(app)")
            #expect(app.stdout.contains("\(backend)\tbackend"), "no hosts entry for backend:\n\(app)")
            #expect(try Self.oneOffs(on: project.linux, project: project.name).isEmpty)
            // The service's own container was not created, nor its port published by the one-off.
            #expect(try project.linux.containerIDs(project: project.name).isEmpty)

            // The Linux stand-in gets a Windows container's hosts file where Windows keeps it.
            let job = try project.run([
                "run", "--rm", "-T", "-e", "GREETING=hi", "-w", "/tmp", "job", "sh", "-c",
                "echo $GREETING:$(pwd):$APP_HOST; grep -w app /Windows/System32/drivers/etc/hosts",
            ])
            #expect(job.status == 0, "\(job)")
            let appAddress = try #require(try Self.address(of: "app", on: project.linux, project: project.name), "app is not running")
            #expect(job.stdout == "hi:/tmp:\(appAddress)\n\(appAddress)\tapp\n", "\(job)")
            #expect(try Self.oneOffs(on: project.windows, project: project.name).isEmpty)
            #expect(try Self.oneOffs(on: project.linux, project: project.name).isEmpty)
            #expect(Set(try project.containerIDs().keys) == ["backend", "app"])
        }
    }

    @Test("run -d prints the container's ID and leaves it running on the service's daemon, labelled and named as Compose does; down leaves it")
    func detached() throws {
        try RuntimeProject.with(Self.chain, prefix: "mxc-cmd-run") { project in
            let run = try project.run(["run", "-d", "--no-deps", "-l", "purpose=test", "backend", "sleep", "60"])
            #expect(run.status == 0, "\(run)")
            let id = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(id.count == 64 && id.allSatisfy(\.isHexDigit), "\(run)")
            let found = try Self.oneOffs(on: project.windows, project: project.name)
            try #require(found.count == 1, "\(found)")
            #expect(found[0]["Id"] as? String == id)
            #expect(found[0]["State"] as? String == "running")
            let labels = try #require(found[0]["Labels"] as? [String: String])
            let slug = try #require(labels["com.docker.compose.slug"])
            #expect(slug.count == 64 && slug.allSatisfy(\.isHexDigit))
            #expect((found[0]["Names"] as? [String]) == ["/\(project.name)-backend-run-\(slug.prefix(12))"])
            #expect(labels["com.docker.compose.container-number"] == nil && labels["purpose"] == "test")
            #expect(labels["com.docker.compose.service"] == "backend")
            #expect(try Self.oneOffs(on: project.linux, project: project.name).isEmpty)
            // --no-deps brought nothing else up.
            #expect(try project.containerIDs().keys.sorted() == ["backend"])
            // As in Compose, down leaves a running one-off and the network it holds; --remove-orphans (the teardown) removes it.
            let down = try project.run(["down", "-t", "0"])
            #expect(down.status == 0 && down.stderr.contains("is still in use by \(project.name)-backend-run-\(slug.prefix(12))"), "\(down)")
            #expect(try Self.oneOffs(on: project.windows, project: project.name).count == 1)
        }
    }

    @Test("run on a terminal gives the command a TTY of the terminal's size, typed input, and its exit code; --rm leaves nothing")
    func terminal() throws {
        try RuntimeProject.with(Self.chain, prefix: "mxc-cmd-run") { project in
            try TerminalSession.expectTTY(project, ["run", "--rm", "--no-deps", "backend"])
            #expect(try Self.oneOffs(on: project.windows, project: project.name).isEmpty)
        }
    }

    @Test("Ctrl-C during run --rm removes the one-off container on its daemon and exits 130")
    func interrupted() throws {
        try RuntimeProject.with(Self.chain, prefix: "mxc-cmd-run") { project in
            let run = try BackgroundCommand(project, ["run", "--rm", "-T", "--no-deps", "backend", "sh", "-c", "echo ready; sleep 60"])
            defer { run.kill() }
            try #require(run.waitForOutput(timeout: 60) { $0.stdout.contains("ready") }, "\(run.result())")
            #expect(try Self.oneOffs(on: project.windows, project: project.name).count == 1)
            run.interrupt()
            let result = run.finish(timeout: 30)
            #expect(!result.timedOut && result.status == 130, "\(result)")
            #expect(try Self.oneOffs(on: project.windows, project: project.name).isEmpty)
        }
    }
}
