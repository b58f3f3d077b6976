import Foundation
import Testing

/// `up`, `ps`, `logs`, `stop`, `start`, `restart` and `down` against the two testbed daemons.
@Suite(.enabled(if: Testbed.shouldRun)) struct RuntimeCommandTests {
    /// A Linux service printing three lines and a Windows-role service, both quick to stop.
    static let pair = """
        services:
          app:
            image: \(Testbed.busyboxImage)
            init: true
            command: ["sh", "-c", "echo app-line-1; echo app-line-2; echo app-line-3; exec sleep 3600"]
          backend:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            command: ["sh", "-c", "trap 'exit 0' TERM; echo backend-ready; while true; do sleep 1; done"]
        """

    @Test("up -d starts each service on its daemon, and ps shows the DAEMON column")
    func upAndPs() throws {
        try RuntimeProject.with(Self.pair) { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            #expect(try project.linux.containerIDs(project: project.name).keys.sorted() == ["app"])
            #expect(try project.windows.containerIDs(project: project.name).keys.sorted() == ["backend"])

            let table = try project.run(["ps"])
            #expect(table.status == 0, "\(table)")
            let header = try #require(table.stdoutLines.first)
            #expect(header.contains("DAEMON") && header.contains("SERVICE"), "\(table)")
            let app = try #require(table.stdoutLines.first { $0.contains("\(project.name)-app-1") }, "\(table)")
            #expect(app.contains(" linux "))
            let backend = try #require(table.stdoutLines.first { $0.contains("\(project.name)-backend-1") }, "\(table)")
            #expect(backend.contains(" windows "))

            let quiet = try project.run(["ps", "-q"])
            #expect(quiet.status == 0, "\(quiet)")
            #expect(Set(quiet.stdoutLines) == Set(try project.containerIDs().values), "\(quiet)")
            let services = try project.run(["ps", "--services"])
            #expect(services.stdoutLines == ["app", "backend"], "\(services)")

            let json = try project.run(["ps", "--format", "json"])
            #expect(json.status == 0, "\(json)")
            let rows = try #require(TemporaryProject.jsonLines(json.stdout), "\(json)")
            #expect(rows.count == 2)
            let daemons = Dictionary(uniqueKeysWithValues: rows.compactMap { row in
                (row["Service"] as? String).map { ($0, row["Daemon"] as? String ?? "") }
            })
            #expect(daemons == ["app": "linux", "backend": "windows"])
            #expect(rows.allSatisfy { $0["State"] as? String == "running" }, "\(rows)")
            #expect(rows.allSatisfy { $0["Project"] as? String == project.name })
        }
    }

    @Test("logs shows a service's output and --tail keeps only the last lines")
    func logs() throws {
        try RuntimeProject.with(Self.pair) { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let all = try project.logs(["app"]) { $0.contains("app-line-3") }
            #expect(all.status == 0, "\(all)")
            #expect(all.stdout.contains("app-line-1") && all.stdout.contains("app-line-3"), "\(all)")
            #expect(all.stdout.contains("app-1  | app-line-1"), "prefix as Docker Compose prints it: \(all)")
            #expect(!all.stdout.contains("\(project.name)-app-1"), "\(all)")
            #expect(!all.stdout.contains("backend-ready"), "logs app must not show backend: \(all)")
            let tail = try project.run(["logs", "--tail", "1", "app"])
            #expect(tail.status == 0, "\(tail)")
            #expect(tail.stdout.contains("app-line-3"), "\(tail)")
            #expect(!tail.stdout.contains("app-line-1"), "\(tail)")
            // Compose's short flags: -n is --tail, -t is --timestamps.
            let stamped = try project.run(["logs", "-n", "1", "-t", "--no-log-prefix", "app"])
            #expect(stamped.status == 0, "\(stamped)")
            let line = try #require(stamped.stdoutLines.first, "\(stamped)")
            #expect(stamped.stdoutLines.count == 1 && line.hasSuffix(" app-line-3") && line.hasPrefix("20"), "\(stamped)")
            #expect(!line.contains("|"), "no prefix: \(stamped)")
            let both = try project.logs { $0.contains("backend-ready") }
            #expect(both.stdout.contains("backend-ready") && both.stdout.contains("app-line-1"), "\(both)")
        }
    }

    @Test("attached up prints Compose's attach line, prefixed output and each exit code, then returns when all ended")
    func attachedUpUntilExit() throws {
        let jobs = """
            services:
              job:
                image: \(Testbed.busyboxImage)
                command: ["sh", "-c", "echo job-done; exit 3"]
              winjob:
                image: \(Testbed.busyboxImage)
                platform: windows/amd64
                command: ["sh", "-c", "echo winjob-done"]
            """
        try RuntimeProject.with(jobs) { project in
            let up = try project.run(["up"])
            #expect(up.status == 0, "\(up)")
            #expect(up.stdoutLines.contains("Attaching to job-1, winjob-1"), "\(up)")
            #expect(up.stdout.contains("job-1     | job-done") && up.stdout.contains("winjob-1  | winjob-done"), "\(up)")
            #expect(up.stdoutLines.contains("job-1 exited with code 3"), "\(up)")
            #expect(up.stdoutLines.contains("winjob-1 exited with code 0"), "\(up)")
        }
    }

    @Test("up --exit-code-from stops both daemons' containers when the named one exits, and ends with its code")
    func exitCodeFrom() throws {
        let suite = """
            services:
              tests:
                image: \(Testbed.busyboxImage)
                command: ["sh", "-c", "echo testing; sleep 2; exit 4"]
              server:
                image: \(Testbed.busyboxImage)
                platform: windows/amd64
                command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
            """
        try RuntimeProject.with(suite) { project in
            let up = try project.run(["up", "--exit-code-from", "tests"])
            #expect(up.status == 4, "\(up)")
            #expect(up.stdoutLines.contains("tests-1 exited with code 4"), "\(up)")
            #expect(up.stdoutLines.contains("Aborting on container exit..."), "\(up)")
            #expect(try states(project) == ["server": "exited", "tests": "exited"])
            let detached = try project.run(["up", "-d", "--abort-on-container-exit"])
            #expect(detached.status == 1 && detached.stderr.contains("--detach cannot be combined with --abort-on-container-exit"), "\(detached)")
        }
    }

    @Test("stop, start and restart change the state of the same containers on both daemons")
    func lifecycle() throws {
        try RuntimeProject.with(Self.pair) { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let ids = try project.containerIDs()

            let stop = try project.run(["stop", "-t", "2"])
            #expect(stop.status == 0, "\(stop)")
            #expect(try states(project) == ["app": "exited", "backend": "exited"])
            let running = try project.run(["ps", "--format", "json"])
            #expect(TemporaryProject.jsonLines(running.stdout)?.isEmpty == true, "ps without -a lists stopped containers: \(running)")

            let start = try project.run(["start"])
            #expect(start.status == 0, "\(start)")
            #expect(try states(project) == ["app": "running", "backend": "running"])

            let restart = try project.run(["restart", "backend"])
            #expect(restart.status == 0, "\(restart)")
            #expect(try states(project) == ["app": "running", "backend": "running"])
            #expect(try project.containerIDs() == ids)
        }
    }

    @Test("a second up -d recreates nothing")
    func upIsIdempotent() throws {
        try RuntimeProject.with(Self.pair) { project in
            let first = try project.run(["up", "-d"])
            try #require(first.status == 0, "\(first)")
            let before = try project.containerIDs()
            #expect(before.count == 2)
            let second = try project.run(["up", "-d"])
            #expect(second.status == 0, "\(second)")
            #expect(try project.containerIDs() == before)
            let forced = try project.run(["up", "-d", "--force-recreate", "app"])
            #expect(forced.status == 0, "\(forced)")
            let after = try project.containerIDs()
            #expect(after["app"] != before["app"])
            #expect(after["backend"] == before["backend"])
        }
    }

    @Test("up --dry-run creates nothing on either daemon")
    func dryRun() throws {
        try RuntimeProject.with(Self.pair) { project in
            let result = try project.run(["up", "--dry-run"])
            #expect(result.status == 0, "\(result)")
            #expect(try project.leftovers().isEmpty)
        }
    }

    @Test("down removes containers and networks but keeps named volumes; down -v removes them")
    func downAndVolumes() throws {
        try RuntimeProject.with("""
            services:
              app:
                image: \(Testbed.busyboxImage)
                init: true
                command: ["sh", "-c", "echo kept > /data/file; exec sleep 3600"]
                volumes: ["data:/data"]
            volumes:
              data: {}
            """) { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            #expect(try project.linux.volumes(project: project.name) == ["\(project.name)_data"])
            #expect(try !project.linux.networks(project: project.name).isEmpty)

            let down = try project.run(["down", "-t", "2"])
            #expect(down.status == 0, "\(down)")
            #expect(try project.leftovers() == ["linux volume \(project.name)_data"])

            let downVolumes = try project.run(["down", "-v"])
            #expect(downVolumes.status == 0, "\(downVolumes)")
            #expect(try project.leftovers().isEmpty)
        }
    }

    private func states(_ project: RuntimeProject) throws -> [String: String] {
        let result = try project.run(["ps", "-a", "--format", "json"])
        var states: [String: String] = [:]
        for row in TemporaryProject.jsonLines(result.stdout) ?? [] {
            if let service = row["Service"] as? String { states[service] = row["State"] as? String }
        }
        return states
    }
}
