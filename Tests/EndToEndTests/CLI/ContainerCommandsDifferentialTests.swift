import Foundation
import Testing

/// `images`, `top`, `ps`, `port`, `wait` and bad input held against Docker Compose v2.40 on the same containers on one
/// daemon (the linux one): the same output (without mixcompose's DAEMON column and `Daemon` field) and the
/// same exit codes.
@Suite(.enabled(if: Testbed.shouldRun)) struct ContainerCommandsDifferentialTests {
    static let project = """
        services:
          app:
            image: \(Testbed.busyboxImage)
            init: true
            command: ["sleep", "3600"]
            ports: ["127.0.0.1::80", "81/udp"]
            expose: ["82"]
          web:
            image: \(Testbed.nginxImage)
            ports: ["80"]
        """

    @Test("images prints what Docker Compose prints, table, JSON and IDs, once the DAEMON column and field are set aside")
    func images() throws {
        let reference = try Testbed.requireReferenceCompose()
        try RuntimeProject.with(Self.project, prefix: "mxc-cmd-ctrdiff") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            // The CREATED column counts minutes: one of ours on either side of Compose's run keeps a minute's turn from failing.
            let before = try project.run(["images"])
            let theirs = Self.compose(reference, project, ["images"])
            let after = try project.run(["images"])
            #expect(theirs.status == 0 && before.status == 0, "\(theirs)\n\(before)")
            let ours = [before, after].map { Self.withoutColumn("DAEMON", $0.stdout) }
            #expect(ours.contains(theirs.stdout), "ours:\n\(ours[0])\ntheirs:\n\(theirs.stdout)")

            let ourJSON = try project.run(["images", "--format", "json"])
            let theirJSON = Self.compose(reference, project, ["images", "--format", "json"])
            #expect(ourJSON.stdout.hasSuffix("]\n\n") && theirJSON.stdout.hasSuffix("]\n\n"), "\(ourJSON)\n\(theirJSON)")
            let objects = Self.objects(ourJSON.stdout)
            #expect(objects.allSatisfy { $0["Daemon"] as? String == "linux" }, "\(ourJSON)")
            #expect(Self.canonical(objects, dropping: "Daemon") == Self.canonical(Self.objects(theirJSON.stdout), dropping: nil), "\(ourJSON)\n\(theirJSON)")

            let ourIDs = try project.run(["images", "-q"])
            let theirIDs = Self.compose(reference, project, ["images", "-q"])
            #expect(Set(ourIDs.stdoutLines) == Set(theirIDs.stdoutLines) && ourIDs.stdoutLines.count == theirIDs.stdoutLines.count, "\(ourIDs)\n\(theirIDs)")
        }
    }

    @Test("top prints Docker Compose's table once the DAEMON column is set aside")
    func top() throws {
        let reference = try Testbed.requireReferenceCompose()
        try RuntimeProject.with(Self.project, prefix: "mxc-cmd-ctrdiff") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            // `ps`'s C column (CPU %) of a process that just started decays from one run to the next, so it is set
            // aside; TIME may tick between two runs: ours on either side of Compose's, row by row.
            for arguments in [["top"], ["top", "web"], ["top", "nope"]] {
                let before = try project.run(arguments)
                let theirs = Self.compose(reference, project, arguments)
                let after = try project.run(arguments)
                #expect(before.status == theirs.status, "ours \(before)\ntheirs \(theirs)")
                let ours = [before, after].map {
                    Self.withoutColumn("C", Self.withoutColumn("DAEMON", $0.stdout)).split(separator: "\n", omittingEmptySubsequences: false)
                }
                let theirLines = Self.withoutColumn("C", theirs.stdout).split(separator: "\n", omittingEmptySubsequences: false)
                let matched = ours.allSatisfy { $0.count == theirLines.count }
                    && theirLines.indices.allSatisfy { theirLines[$0] == ours[0][$0] || theirLines[$0] == ours[1][$0] }
                #expect(matched, "ours \(before)\n\(after)\ntheirs \(theirs)")
            }
        }
    }

    @Test("ps --status, --filter, --orphans=false and --no-trunc list what Docker Compose lists; a bad filter or service fails alike")
    func psFilters() throws {
        let reference = try Testbed.requireReferenceCompose()
        let compose = Self.project + """

              done:
                image: \(Testbed.busyboxImage)
                command: ["sh", "-c", "echo a fairly long command line; exit 0"]
                volumes: ["data:/data", "./:/src:ro"]
            volumes:
              data: {}
            """
        try RuntimeProject.with(compose, prefix: "mxc-cmd-ctrdiff") { project in
            let up = try project.run(["up", "-d", "--wait", "app", "web"])
            try #require(up.status == 0, "\(up)")
            let done = try project.run(["up", "-d", "done"])
            try #require(done.status == 0, "\(done)")
            for _ in 0..<30 where try project.containerStates()["done"] != "exited" { Thread.sleep(forTimeInterval: 0.5) }
            try #require(try project.containerStates()["done"] == "exited")
            // A container of a service the file lacks, labelled as Compose labels its own.
            let docker = try #require(ProcessRunner.which("docker", preferring: ["/usr/bin/docker"]))
            let ghost = ProcessRunner.run(docker, [
                "-H", try Testbed.require().linuxHost, "run", "-d", "--name", "\(project.name)-ghost-1",
                "--label", "com.docker.compose.project=\(project.name)", "--label", "com.docker.compose.service=ghost",
                "--label", "com.docker.compose.oneoff=False", "--label", "com.docker.compose.container-number=1",
                "--label", "com.docker.compose.config-hash=0",
                Testbed.busyboxImage, "sleep", "3600",
            ])
            defer { _ = ProcessRunner.run(docker, ["-H", (try? Testbed.require().linuxHost) ?? "", "rm", "-f", "\(project.name)-ghost-1"]) }
            try #require(ghost.status == 0, "\(ghost)")
            let cases: [[String]] = [
                ["ps", "-q"], ["ps", "-q", "--status", "exited"], ["ps", "-q", "--filter", "status=running"],
                ["ps", "-q", "--status", "running", "--status", "exited"], ["ps", "-q", "--orphans=false"], ["ps", "-q", "-a", "--orphans=false"],
                ["ps", "-q", "--services", "--status", "exited"], ["ps", "--filter", "color=red"], ["ps", "--filter", "status"], ["ps", "nope"],
                ["-f", "compose.yaml", "ps", "nope"], ["-f", "compose.yaml", "ps", "-q", "--orphans=false"],
            ]
            for arguments in cases {
                let ours = try project.run(arguments)
                let theirs = Self.compose(reference, project, arguments)
                let lines = { (result: CommandResult) in Set(Self.withoutColumn("DAEMON", result.stdout).split(separator: "\n")) }
                #expect(ours.status == theirs.status && lines(ours) == lines(theirs), "\(arguments): ours \(ours)\ntheirs \(theirs)")
            }
            // JSON: the same objects once the daemon, the times that tick and the orders that vary are set aside.
            for arguments in [["ps", "-a", "--format", "json"], ["ps", "-a", "--format", "json", "--no-trunc"]] {
                let ours = try project.run(arguments)
                let theirs = Self.compose(reference, project, arguments)
                let canonical = { (text: String) in
                    Self.canonical((TemporaryProject.jsonLines(text) ?? []).map { object in
                        var object = object
                        for key in ["Daemon", "RunningFor", "Status"] { object[key] = nil }
                        // Compose sorts them by container port alone, so two addresses of one port come either way.
                        object["Publishers"] = Self.canonical(object["Publishers"] as? [[String: Any]] ?? [], dropping: nil)
                        for key in ["Labels", "Networks", "Mounts"] {
                            object[key] = (object[key] as? String)?.split(separator: ",").map(String.init).sorted()
                        }
                        return object
                    }, dropping: nil)
                }
                #expect(ours.status == 0 && !canonical(ours.stdout).isEmpty, "\(ours)")
                #expect(canonical(ours.stdout) == canonical(theirs.stdout), "\(arguments): ours \(ours)\ntheirs \(theirs)")
            }
            // The table, once the DAEMON column is set aside: ages may tick, so ours runs on either side of Compose's.
            for arguments in [["ps", "-a"], ["ps", "-a", "--no-trunc"]] {
                let before = try project.run(arguments)
                let theirs = Self.compose(reference, project, arguments)
                let after = try project.run(arguments)
                let ours = Set([before, after].map { Self.withoutColumn("DAEMON", $0.stdout) })
                #expect(before.status == 0 && ours.contains(theirs.stdout), "\(arguments): ours \(before)\ntheirs \(theirs)")
            }
            let exited = try project.run(["ps", "-q", "--status", "exited"])
            #expect(exited.stdoutLines.count == 1, "\(exited)")
            for tool in ["ours", "theirs"] {
                let table = tool == "ours" ? try project.run(["ps", "--no-trunc", "-a"]) : Self.compose(reference, project, ["ps", "--no-trunc", "-a"])
                #expect(table.stdout.contains("echo a fairly long command line; exit 0"), "\(tool): \(table)")
            }
        }
    }

    @Test("logs --index shows one replica's output as Docker Compose shows it; a missing replica or no single service fails alike")
    func logsIndex() throws {
        let reference = try Testbed.requireReferenceCompose()
        let compose = """
            services:
              echo:
                image: \(Testbed.busyboxImage)
                scale: 2
                command: ["sh", "-c", "echo replica-$$HOSTNAME; sleep 600"]
            """
        try RuntimeProject.with(compose, prefix: "mxc-cmd-ctrdiff") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            try #require(try project.logs(["echo"]) { $0.components(separatedBy: "replica-").count == 3 }.status == 0)
            let cases: [[String]] = [
                ["logs", "--index", "2", "echo"], ["logs", "--index", "1", "--no-log-prefix", "--no-color", "echo"],
                ["logs", "--index", "3", "echo"], ["logs", "--index", "1"], ["logs", "--index", "0", "echo"],
            ]
            for arguments in cases {
                let ours = try project.run(arguments)
                let theirs = Self.compose(reference, project, arguments)
                // Two replicas' lines interleave as they arrive: compared as sets.
                #expect(ours.status == theirs.status && Set(ours.stdoutLines) == Set(theirs.stdoutLines), "\(arguments): ours \(ours)\ntheirs \(theirs)")
            }
            #expect(try project.run(["logs", "--index", "2", "echo"]).stdoutLines.count == 1)
        }
    }

    @Test("export writes the archive Docker Compose writes (the same entries), to -o or a pipe; a bad -o or service fails alike")
    func export() throws {
        let reference = try Testbed.requireReferenceCompose()
        try RuntimeProject.with(Self.project, prefix: "mxc-cmd-ctrdiff") { project in
            let up = try project.run(["up", "-d", "app"])
            try #require(up.status == 0, "\(up)")
            let directory = project.files.directory
            let ours = try project.run(["export", "-o", "ours.tar", "app"])
            let theirs = Self.compose(reference, project, ["export", "-o", "theirs.tar", "app"])
            #expect(ours.status == 0 && theirs.status == 0, "ours \(ours)\ntheirs \(theirs)")
            let entries = { (file: String) in
                ProcessRunner.run("/usr/bin/tar", ["-tf", file], directory: directory).stdoutLines.sorted()
            }
            #expect(entries("ours.tar").count > 100 && entries("ours.tar") == entries("theirs.tar"))
            let mode = try FileManager.default.attributesOfItem(atPath: directory + "/ours.tar")[.posixPermissions] as? Int
            #expect(mode == 0o600)
            // Through a pipe, as `export app | tar -t` reads it.
            let piped = ProcessRunner.run(
                "/bin/sh", ["-c", "\"$0\" -p \"$1\" export --index 1 app | tar -t > piped.txt", try MixComposeBinary.require().path, project.name],
                environment: project.environment, directory: directory)
            #expect(piped.status == 0, "\(piped)")
            let pipedEntries = try String(contentsOfFile: directory + "/piped.txt", encoding: .utf8).split(separator: "\n").map(String.init).sorted()
            #expect(pipedEntries == entries("ours.tar"))
            for arguments in [["export", "-o", "/nonexistent/dir/x.tar", "app"], ["export", "web"], ["export", "--index", "2", "app"], ["export"]] {
                let ours = try project.run(arguments)
                let theirs = Self.compose(reference, project, arguments)
                #expect(ours.status == theirs.status && ours.status == 1, "\(arguments): ours \(ours)\ntheirs \(theirs)")
            }
            #expect(try project.run(["export", "-o", "/nonexistent/dir/x.tar", "app"]).stderr.contains(
                "failed to export container: invalid output path: directory \"/nonexistent/dir\" does not exist"))
        }
    }

    @Test("port answers as Docker Compose answers, bound, unbound, published by the daemon, another replica, a bad number")
    func port() throws {
        let reference = try Testbed.requireReferenceCompose()
        try RuntimeProject.with(Self.project, prefix: "mxc-cmd-ctrdiff") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let cases: [[String]] = [
                ["port", "app", "80"], ["port", "app", "81", "--protocol", "udp"], ["port", "--protocol", "UDP", "app", "81"],
                ["port", "app", "82"], ["port", "app", "83"], ["port", "web", "80"], ["port", "--index", "1", "web", "80"],
                ["port", "--index", "2", "web", "80"], ["port", "app", "http"], ["port", "app", "70000"],
            ]
            for arguments in cases {
                let ours = try project.run(arguments)
                let theirs = Self.compose(reference, project, arguments)
                #expect(ours.status == theirs.status && ours.stdout == theirs.stdout, "\(arguments): ours \(ours)\ntheirs \(theirs)")
            }
        }
    }

    @Test("wait and bad input end with Docker Compose's exit codes, and bad input changes nothing")
    func exitCodes() throws {
        let reference = try Testbed.requireReferenceCompose()
        let compose = Self.project + """

              short:
                image: \(Testbed.busyboxImage)
                command: ["sh", "-c", "sleep 8; exit 3"]
              longer:
                image: \(Testbed.busyboxImage)
                command: ["sh", "-c", "sleep 11; exit 5"]
            """
        try RuntimeProject.with(compose, prefix: "mxc-cmd-ctrdiff") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            // Both tools wait on the same containers at once.
            let theirs = Self.inBackground { Self.compose(reference, project, ["wait", "short", "longer"]) }
            let ours = try project.run(["wait", "short", "longer"])
            let theirResult = theirs()
            #expect(ours.status == 5 && ours.status == theirResult.status, "ours \(ours)\ntheirs \(theirResult)")
            #expect(ours.stdout == theirResult.stdout, "ours \(ours)\ntheirs \(theirResult)")

            let cases: [[String]] = [
                ["wait", "short"], ["wait", "nope"], ["-f", "compose.yaml", "kill", "nope"], ["-f", "compose.yaml", "rm", "-f", "nope"],
                ["-f", "compose.yaml", "pause", "nope"], ["-f", "compose.yaml", "unpause", "nope"], ["kill", "-s", "NOSUCHSIGNAL", "app"],
                ["images", "--format", "xml"], ["top", "nope"], ["unpause", "app"], ["port", "nope", "80"],
                // With -p and no -f, Compose reads no file, so an unknown name selects nothing instead of failing.
                ["kill", "nope"], ["rm", "-f", "nope"], ["pause", "nope"], ["unpause", "nope"],
                // Usage errors: Compose ends them all with 1.
                ["wait"], ["port"], ["kill", "--no-such-flag"], ["pause", "--no-such-flag"],
            ]
            for arguments in cases {
                let ours = try project.run(arguments)
                let theirs = Self.compose(reference, project, arguments)
                #expect(ours.status == theirs.status, "\(arguments): ours \(ours)\ntheirs \(theirs)")
                #expect(try project.containerStates()["app"] == "running", "\(arguments) touched app")
            }
        }
    }

    /// Docker Compose's run of `arguments` on the project, against the linux daemon.
    static func compose(_ reference: String, _ project: RuntimeProject, _ arguments: [String]) -> CommandResult {
        project.runReference(at: reference, arguments)
    }

    /// Runs `body` on another thread; the returned function waits for its result.
    static func inBackground(_ body: @escaping @Sendable () -> CommandResult) -> () -> CommandResult {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Thread.detachNewThread {
            box.value = body()
            done.signal()
        }
        return {
            done.wait()
            return box.value!
        }
    }

    /// A table without the column titled `title`: its cells are cut where the title line has them.
    static func withoutColumn(_ title: String, _ table: String) -> String {
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The title as a whole word: `C` is also a letter of `SERVICE`.
        guard let header = lines.first, let match = (header + " ").range(of: " \(title) ") else { return table }
        let from = header.distance(from: header.startIndex, to: match.lowerBound) + 1
        let start = header.index(header.startIndex, offsetBy: from)
        let rest = header[start...].dropFirst(title.count).prefix { $0 == " " }.count
        return lines.map { line in
            guard line.count > from else { return line }
            let head = line.prefix(from)
            let tail = line.dropFirst(from + title.count + rest)
            return String(head + tail)
        }.joined(separator: "\n")
    }

    static func objects(_ text: String) -> [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[String: Any]] ?? []
    }

    /// Objects as sorted JSON lines, without `key`, in container order, for comparing two outputs.
    static func canonical(_ objects: [[String: Any]], dropping key: String?) -> [String] {
        objects.map { object in
            var object = object
            if let key { object[key] = nil }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }.sorted()
    }
}

/// Carries a background thread's result to the test's thread (written once, read after a semaphore).
private final class ResultBox: @unchecked Sendable {
    var value: CommandResult?
}
