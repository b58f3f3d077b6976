import Foundation
import Testing

/// `port`, `top`, `kill`, `rm`, `pause`, `unpause`, `wait` and `images` on the two testbed daemons, each on a
/// Linux service and a Windows-role one (run by the stand-in on the windows daemon).
@Suite(.enabled(if: Testbed.shouldRun)) struct ContainerCommandsTests {
    static let pair = """
        services:
          app:
            image: \(Testbed.busyboxImage)
            init: true
            command: ["sleep", "3600"]
            ports: ["127.0.0.1::80"]
          backend:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            init: true
            command: ["sleep", "3600"]
            ports: ["81/udp"]
        """

    @Test("port prints each service's binding from its own daemon; top lists both daemons' processes")
    func portAndTop() throws {
        try RuntimeProject.with(Self.pair, prefix: "mxc-cmd-ctr") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let appPort = try Self.published(try project.linux, project: project.name, service: "app", port: 80)
            let app = try project.run(["port", "app", "80"])
            #expect(app.status == 0 && app.stdout == "127.0.0.1:\(appPort)\n", "\(app)")
            let backendPort = try Self.published(try project.windows, project: project.name, service: "backend", port: 81)
            let backend = try project.run(["port", "--protocol", "UDP", "backend", "81"])
            #expect(backend.status == 0 && backend.stdout.hasSuffix(":\(backendPort)\n"), "\(backend)")
            let unbound = try project.run(["port", "backend", "81"])
            #expect(unbound.status == 1 && unbound.stderr.contains("no port 81/tcp for container \(project.name)-backend-1"), "\(unbound)")
            let replica = try project.run(["port", "--index", "2", "app", "80"])
            #expect(replica.status == 1 && replica.stderr.contains("service \"app\" is not running container #2"), "\(replica)")
            let bad = try project.run(["port", "app", "http"])
            #expect(bad.status == 1 && bad.stderr.contains("strconv.ParseUint: parsing \"http\": invalid syntax"), "\(bad)")

            let top = try project.run(["top"])
            #expect(top.status == 0, "\(top)")
            let rows = top.stdoutLines.map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
            #expect(rows.first?.prefix(3) == ["SERVICE", "#", "DAEMON"] && rows.first?.last == "CMD", "\(top)")
            #expect(rows.contains { $0.prefix(3) == ["app", "1", "linux"] && $0.suffix(2) == ["sleep", "3600"] }, "\(top)")
            #expect(rows.contains { $0.prefix(3) == ["backend", "1", "windows"] && $0.suffix(2) == ["sleep", "3600"] }, "\(top)")
            let one = try project.run(["top", "backend"])
            #expect(one.stdoutLines.dropFirst().allSatisfy { $0.hasPrefix("backend ") } && one.stdoutLines.count >= 2, "\(one)")
        }
    }

    @Test("pause, unpause and kill act on each service's container on its own daemon; bad input touches nothing")
    func pauseUnpauseKill() throws {
        try RuntimeProject.with(Self.pair, prefix: "mxc-cmd-ctr") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let pause = try project.run(["pause"])
            #expect(pause.status == 0 && pause.stderr.contains("\(project.name)-backend-1 (windows)  Paused"), "\(pause)")
            #expect(try project.containerStates() == ["app": "paused", "backend": "paused"])
            let unpause = try project.run(["unpause", "backend"])
            #expect(unpause.status == 0, "\(unpause)")
            #expect(try project.containerStates() == ["app": "paused", "backend": "running"])
            #expect(try project.run(["unpause", "app"]).status == 0)
            // With -f the file's names count, as in Compose; with -p alone an unknown name selects nothing.
            let unknown = try project.run(["-f", "compose.yaml", "kill", "nope"])
            #expect(unknown.status == 1 && unknown.stderr.contains("no such service: nope"), "\(unknown)")
            let unselected = try project.run(["kill", "nope"])
            #expect(unselected.status == 0 && unselected.stderr.hasSuffix("no container to kill"), "\(unselected)")
            let badSignal = try project.run(["kill", "-s", "NOSUCHSIGNAL", "backend"])
            #expect(badSignal.status == 1, "\(badSignal)")
            #expect(try project.containerStates() == ["app": "running", "backend": "running"])
            let term = try project.run(["kill", "-s", "SIGTERM", "backend"])
            #expect(term.status == 0 && term.stderr.contains("\(project.name)-backend-1 (windows)  Killed"), "\(term)")
            #expect(try Self.eventually { try project.containerStates() == ["app": "running", "backend": "exited"] })
            #expect(try project.run(["kill"]).status == 0)
            #expect(try Self.eventually { try project.containerStates() == ["app": "exited", "backend": "exited"] })
            let none = try project.run(["kill"])
            #expect(none.status == 0 && none.stderr.hasSuffix("no container to kill"), "\(none)")
        }
    }

    @Test("rm asks first (no answer on stdin removes nothing), removes stopped containers on both daemons, and with -s stops them first")
    func remove() throws {
        try RuntimeProject.with(Self.pair, prefix: "mxc-cmd-ctr") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            #expect(try project.run(["stop", "backend"]).status == 0)
            let unanswered = try project.run(["rm"])
            #expect(unanswered.status == 0 && unanswered.stdout == "Going to remove \(project.name)-backend-1", "\(unanswered)")
            #expect(try project.containerStates() == ["app": "running", "backend": "exited"])
            let declined = try project.files.run(["-p", project.name, "rm"], environment: project.environment, input: "yes\n")
            let afterDeclined = try project.containerStates()
            #expect(declined.status == 0 && afterDeclined["backend"] == "exited", "\(declined)")
            let confirmed = try project.files.run(["-p", project.name, "rm"], environment: project.environment, input: "y\n")
            #expect(confirmed.status == 0 && confirmed.stderr.contains("\(project.name)-backend-1 (windows)  Removed"), "\(confirmed)")
            #expect(try project.containerStates() == ["app": "running"])
            let nothing = try project.run(["rm", "-f"])
            #expect(nothing.status == 0 && nothing.stderr.contains("No stopped containers"), "\(nothing)")
            let unknown = try project.run(["-f", "compose.yaml", "rm", "-f", "nope"])
            #expect(unknown.status == 1 && unknown.stderr.contains("no such service: nope"), "\(unknown)")
            #expect(try project.run(["up", "-d", "backend"]).status == 0)
            let forced = try project.run(["rm", "-sfv", "app", "backend"])
            #expect(forced.status == 0 && forced.stdout.contains("Going to remove \(project.name)-app-1, \(project.name)-backend-1"), "\(forced)")
            #expect(try project.containerStates().isEmpty)
        }
    }

    @Test("rm on a terminal asks Compose's (y/N) question and removes the Windows-role container once answered y")
    func removeOnTerminal() throws {
        guard let tmux = TmuxPane.executable() else { return }
        try RuntimeProject.with(Self.pair, prefix: "mxc-cmd-ctr") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            #expect(try project.run(["stop", "-t", "0", "backend"]).status == 0)
            let pane = try project.terminal(["rm"], tmux: tmux)
            defer { pane.kill() }
            let question = pane.waitFor("(y/N)")
            #expect(question.contains("? Going to remove \(project.name)-backend-1 (y/N)"), "\(question)")
            pane.send(["y", "Enter"])
            let screen = pane.waitFor("mixcompose exited")
            #expect(screen.contains("mixcompose exited 0"), "\(screen)")
            #expect(try project.containerStates() == ["app": "running"])
        }
    }

    @Test("wait blocks until the containers on both daemons exit and ends with the last one's code; --down-project removes the project")
    func wait() throws {
        let compose = """
            services:
              fast:
                image: \(Testbed.busyboxImage)
                command: ["sh", "-c", "sleep 10; exit 3"]
              slow:
                image: \(Testbed.busyboxImage)
                platform: windows/amd64
                command: ["sh", "-c", "sleep 14; exit 5"]
            """
        try RuntimeProject.with(compose, prefix: "mxc-cmd-ctr") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let ids = try project.containerIDs()
            let waited = try project.run(["wait", "fast", "slow"])
            #expect(waited.status == 5, "\(waited)")
            #expect(waited.stdoutLines == [
                "container \"\(ids["fast"] ?? "?")\" exited with status code 3", "container \"\(ids["slow"] ?? "?")\" exited with status code 5",
            ], "\(waited)")
            let none = try project.run(["wait", "fast"])
            #expect(none.status == 1 && none.stderr.contains("no containers for project \"\(project.name)\""), "\(none)")
            #expect(try project.run(["up", "-d"]).status == 0)
            let down = try project.run(["wait", "--down-project", "slow"])
            #expect(down.status == 5, "\(down)")
            #expect(try project.leftovers().isEmpty)
        }
    }

    @Test("images lists each container's image from its own daemon, with a DAEMON column and a Daemon field")
    func images() throws {
        try RuntimeProject.with(Self.pair, prefix: "mxc-cmd-ctr") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let table = try project.run(["images"])
            #expect(table.status == 0, "\(table)")
            let lines = table.stdoutLines.map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
            #expect(lines.first == ["CONTAINER", "DAEMON", "REPOSITORY", "TAG", "PLATFORM", "IMAGE", "ID", "SIZE", "CREATED"], "\(table)")
            #expect(lines.dropFirst().map { Array($0.prefix(4)) } == [
                ["\(project.name)-app-1", "linux", "mixcompose-testbed/busybox", "latest"],
                ["\(project.name)-backend-1", "windows", "mixcompose-testbed/busybox", "latest"],
            ], "\(table)")
            let json = try project.run(["images", "--format", "json"])
            let objects = (try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) as? [[String: Any]] ?? []
            #expect(objects.map { "\($0["ContainerName"] ?? "") \($0["Daemon"] ?? "")" } == ["\(project.name)-app-1 linux", "\(project.name)-backend-1 windows"], "\(json)")
            let backendImage = try #require(try project.windows.containers(project: project.name).first?["ImageID"] as? String)
            #expect(objects.last?["ID"] as? String == backendImage, "\(json)")
            let quiet = try project.run(["images", "-q", "backend"])
            #expect(quiet.stdoutLines == [String(backendImage.dropFirst("sha256:".count))], "\(quiet)")
            let bad = try project.run(["images", "--format", "xml"])
            #expect(bad.status == 1 && bad.stderr.contains("format value \"xml\" could not be parsed: parsing failed"), "\(bad)")
        }
    }

    /// The host port the daemon bound to `port` of the service's container.
    static func published(_ daemon: DaemonInspector, project: String, service: String, port: Int) throws -> Int {
        let container = try daemon.containers(project: project).first {
            ($0["Labels"] as? [String: String])?["com.docker.compose.service"] == service
        }
        let ports = container?["Ports"] as? [[String: Any]] ?? []
        return try #require(ports.first { $0["PrivatePort"] as? Int == port }?["PublicPort"] as? Int)
    }

    /// Whether `condition` holds within 10 s (a killed container takes a moment to be reported exited).
    static func eventually(_ condition: () throws -> Bool) throws -> Bool {
        for _ in 0..<50 {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return try condition()
    }
}
