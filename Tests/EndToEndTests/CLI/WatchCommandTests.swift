import Foundation
import Testing

/// `watch` and `up --watch` on the two testbed daemons: edits synced into a Linux-role and a
/// Windows-role (stand-in) container, ignored files left out, a `rebuild` rule recreating its service,
/// and Ctrl-C / SIGTERM ending the watcher.
@Suite(.enabled(if: Testbed.shouldRun), .serialized) struct WatchCommandTests {
    /// A Linux-role service syncing ./src (leaving out *.tmp), and one without develop.
    static let linuxServices = """
          lin:
            image: \(Testbed.busyboxImage)
            init: true
            command: [sleep, '3600']
            develop:
              watch:
                - {action: sync, path: ./src, target: /app, ignore: ['*.tmp']}
          plain:
            image: \(Testbed.busyboxImage)
            command: [sleep, '3600']
        """

    /// The Linux services and a Windows-role one syncing ./winsrc to C:\app.
    static let syncing = "services:\n" + linuxServices + "\n" + """
          win:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            command: [sleep, '3600']
            develop:
              watch:
                - {action: sync, path: ./winsrc, target: 'C:\\app'}
        """

    static let rebuilding = """
        services:
          app:
            build: ./ctx
            init: true
            develop:
              watch:
                - {action: rebuild, path: ./ctx}
        """

    @Test("watch copies an edited file into a Linux-role and a Windows-role container within 2 s, not an ignored one; Ctrl-C ends it with 130")
    func syncs() throws {
        try RuntimeProject.with(Self.syncing, prefix: "mxc-watch-sync") { project in
            try project.files.write("src/a.txt", "first\n")
            try project.files.write("winsrc/w.txt", "first\n")
            let watch = try BackgroundCommand(project, ["watch", "lin", "win"])
            defer { watch.kill() }
            try #require(watch.waitForOutput(timeout: 120) { $0.stdout.contains("Watch enabled") }, "\(watch.result())")
            let ids = try project.containerIDs()
            let (lin, win) = (try #require(ids["lin"]), try #require(ids["win"]))
            #expect(ids["plain"] == nil, "watch with services brings up only those")

            let edit = "edited-\(UUID().uuidString)"
            try project.files.write("src/skip.tmp", edit)
            try project.files.write("src/a.txt", edit)
            try project.files.write("winsrc/w.txt", edit)
            let written = Date()
            let linuxSeen = try Self.waitForFile(lin, "/app/a.txt", containing: edit, on: project.linux)
            let windowsSeen = try Self.waitForFile(win, "/app/w.txt", containing: edit, on: project.windows)
            #expect(linuxSeen.map { $0.timeIntervalSince(written) } ?? 99 <= 2, "linux-role container: \(watch.result())")
            #expect(windowsSeen.map { $0.timeIntervalSince(written) } ?? 99 <= 2, "windows-role container: \(watch.result())")
            #expect(try Self.file(lin, "/app/skip.tmp", on: project.linux) == nil, "an ignored file was synced")
            #expect(watch.result().stdout.contains("Syncing service \"lin\" after 1 changes were detected"), "\(watch.result())")

            try FileManager.default.removeItem(atPath: project.files.directory + "/src/a.txt")
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline, try Self.file(lin, "/app/a.txt", on: project.linux) != nil { Thread.sleep(forTimeInterval: 0.1) }
            #expect(try Self.file(lin, "/app/a.txt", on: project.linux) == nil, "a deleted file stayed in the container")

            watch.interrupt()
            let result = watch.finish(timeout: 30)
            #expect(!result.timedOut && result.status == 130, "\(result)")
            // Ending the watch leaves the containers as they are, as Compose does.
            let running = try project.linux.containers(project: project.name) + project.windows.containers(project: project.name)
            #expect(running.allSatisfy { $0["State"] as? String == "running" }, "\(running)")
        }
    }

    @Test("a rebuild rule rebuilds the image and recreates the service (new container, new content); SIGTERM ends watch with 143")
    func rebuilds() throws {
        var built: [(host: String, image: String)] = []
        defer { for (host, image) in built { _ = ProcessRunner.run("/usr/local/bin/docker", ["-H", host, "rmi", "-f", image]) } }
        try RuntimeProject.with(Self.rebuilding, prefix: "mxc-watch-rebuild") { project in
            built = [(project.testbed.linuxHost, "\(project.name)-app")]
            try project.files.write("ctx/Dockerfile", "FROM \(Testbed.busyboxImage)\nCOPY msg.txt /msg.txt\nCMD [\"sleep\", \"3600\"]\n")
            try project.files.write("ctx/msg.txt", "v1\n")
            let watch = try BackgroundCommand(project, ["watch"])
            defer { watch.kill() }
            try #require(watch.waitForOutput(timeout: 180) { $0.stdout.contains("Watch enabled") }, "\(watch.result())")
            let first = try #require(try project.containerIDs()["app"])
            #expect(try Self.file(first, "/msg.txt", on: project.linux)?.contains("v1") == true)
            let firstImage = try #require(try project.linux.containers(project: project.name).first?["ImageID"] as? String)

            try project.files.write("ctx/msg.txt", "v2\n")
            let rebuilt = watch.waitForOutput(timeout: 180) { $0.stdout.contains("service(s) [\"app\"] successfully built") }
            try #require(rebuilt, "\(watch.result())")
            #expect(watch.result().stdout.contains("Rebuilding service(s) [\"app\"] after changes were detected..."))
            let second = try #require(try project.containerIDs()["app"])
            #expect(second != first, "the container was not recreated")
            #expect(try Self.file(second, "/msg.txt", on: project.linux)?.contains("v2") == true)
            // --prune (the default) removed the image the rebuild replaced.
            #expect(try project.linux.probe.get("/images/\(firstImage)/json").contains("No such image"), "\(firstImage) is still there")

            watch.interrupt(SIGTERM)
            let result = watch.finish(timeout: 30)
            #expect(!result.timedOut && result.status == 143, "\(result)")
        }
    }

    @Test("watch of a service without develop.watch is Compose's error (exit 1) and creates nothing; up --watch -d is refused")
    func refusals() throws {
        try RuntimeProject.with(Self.syncing, prefix: "mxc-watch-refuse") { project in
            let plain = try project.run(["watch", "plain"])
            #expect(plain.status == 1, "\(plain)")
            #expect(plain.stderr.contains("none of the selected services is configured for watch, consider setting a 'develop' section"), "\(plain)")
            let up = try project.run(["up", "--watch", "plain"])
            #expect(up.status == 1, "\(up)")
            #expect(up.stderr.contains("none of the selected services is configured for watch, see https://docs.docker.com/compose/how-tos/file-watch/"))
            let detached = try project.run(["up", "-d", "--watch"])
            #expect(detached.status == 1 && detached.stderr.contains("--detach cannot be combined with"), "\(detached)")
            #expect(try project.containerIDs().isEmpty)
        }
    }

    @Test("up --watch shows the logs and syncs edits; Ctrl-C stops the project")
    func upWatch() throws {
        try RuntimeProject.with(Self.syncing, prefix: "mxc-watch-up") { project in
            try project.files.write("src/a.txt", "first\n")
            try project.files.write("winsrc/w.txt", "first\n")
            let up = try BackgroundCommand(project, ["up", "--watch", "lin", "win"])
            defer { up.kill() }
            try #require(up.waitForOutput(timeout: 120) { $0.stdout.contains(" ⦿ Watch enabled") }, "\(up.result())")
            let edit = "edited-\(UUID().uuidString)"
            try project.files.write("winsrc/w.txt", edit)
            let win = try #require(try project.containerIDs()["win"])
            #expect(try Self.waitForFile(win, "/app/w.txt", containing: edit, on: project.windows) != nil, "\(up.result())")
            up.interrupt()
            let result = up.finish(timeout: 60)
            #expect(!result.timedOut && result.status == 130, "\(result)")
            let containers = try project.linux.containers(project: project.name) + project.windows.containers(project: project.name)
            #expect(containers.count == 2 && containers.allSatisfy { $0["State"] as? String == "exited" }, "\(containers)")
        }
    }

    @Test("watch prints what Docker Compose prints for a sync, ends Ctrl-C with the same status, and refuses a service without develop alike")
    func differential() throws {
        let reference = try Testbed.requireReferenceCompose()
        try RuntimeProject.with("services:\n" + Self.linuxServices, prefix: "mxc-watch-diff") { project in
            try project.files.write("src/a.txt", "first\n")
            let referenceName = project.name + "-ref"
            let environment = [
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
                "DOCKER_HOST": project.testbed.linuxHost,
            ]
            defer {
                _ = ProcessRunner.run(
                    reference, ["-p", referenceName, "down", "-t", "1"], environment: environment, directory: project.files.directory)
            }
            var outcomes: [CommandResult] = []
            for tool in ["compose", "mixcompose"] {
                let watch =
                    tool == "compose"
                    ? try BackgroundCommand(
                        executable: reference, ["-p", referenceName, "watch", "lin"], named: "docker-compose", in: project.files.directory,
                        environment: environment)
                    : try BackgroundCommand(project, ["watch", "lin"])
                defer { watch.kill() }
                try #require(watch.waitForOutput(timeout: 120) { $0.stdout.contains("Watch enabled") }, "\(watch.result())")
                try project.files.write("src/a.txt", "edited by \(tool)\n")
                let synced = watch.waitForOutput(timeout: 30) { $0.stdout.contains("Syncing service") }
                try #require(synced, "\(watch.result())")
                watch.interrupt()
                outcomes.append(watch.finish(timeout: 30))
            }
            let (theirs, ours) = (outcomes[0], outcomes[1])
            #expect(ours.status == theirs.status, "ours \(ours)\ntheirs \(theirs)")
            #expect(ours.stdout == theirs.stdout, "ours \(ours)\ntheirs \(theirs)")

            let refusedByThem = ProcessRunner.run(
                reference, ["-p", referenceName, "watch", "--no-up", "plain"], environment: environment, directory: project.files.directory)
            let refusedByUs = try project.run(["watch", "--no-up", "plain"])
            #expect(refusedByUs.status == refusedByThem.status, "ours \(refusedByUs)\ntheirs \(refusedByThem)")
            let message = "none of the selected services is configured for watch, consider setting a 'develop' section"
            #expect(refusedByThem.stderr.contains(message) && refusedByUs.stderr.contains(message), "ours \(refusedByUs)\ntheirs \(refusedByThem)")
        }
    }

    /// The text of a file in a container, read through the archive API (nil when it is not there).
    static func file(_ container: String, _ path: String, on daemon: DaemonInspector) throws -> String? {
        let query = path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? path
        let body = try daemon.probe.get("/containers/\(container)/archive?path=\(query)")
        return body.hasPrefix("{\"message\"") ? nil : body
    }

    /// When the file first held `text`, polling every 50 ms for up to 10 s; nil when it never did.
    static func waitForFile(_ container: String, _ path: String, containing text: String, on daemon: DaemonInspector) throws -> Date? {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try file(container, path, on: daemon)?.contains(text) == true { return Date() }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}
