import Foundation
import Testing

/// A changed service replaced as Docker Compose replaces it, on a real daemon: stopped gracefully, and
/// never left without a container when its replacement cannot be created.
@Suite(.enabled(if: Testbed.shouldRun)) struct RecreateCommandTests {
    /// A service that, told to stop, writes which version it was to a named volume; it prints what it finds there.
    static func marker(version: Int) -> String {
        """
        services:
          db:
            image: \(Testbed.busyboxImage)
            init: true
            stop_grace_period: 10s
            environment: {VERSION: "\(version)"}
            volumes: ["data:/data"]
            command: ["sh", "-c", "echo found-$$(cat /data/marker 2>/dev/null || echo nothing); trap 'echo done-$$VERSION > /data/marker; exit 0' TERM; echo ready-$$VERSION; while true; do sleep 1; done"]
        volumes:
          data: {}
        """
    }

    @Test("a changed service's old container gets its stop signal and grace period: what it writes on TERM, the new one reads")
    func gracefulRecreate() throws {
        try RuntimeProject.with(Self.marker(version: 1), prefix: "mxc-recreate-graceful") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let first = try project.logs(["db"]) { $0.contains("ready-1") }
            try #require(first.stdout.contains("found-nothing"), "\(first)")
            let oldID = try #require(try project.containerIDs()["db"])

            try project.files.write("compose.yaml", Self.marker(version: 2))
            let changed = try project.run(["up", "-d"])
            #expect(changed.status == 0, "\(changed)")
            #expect(changed.stderr.contains("Recreated") || changed.stdout.contains("Recreated"), "\(changed)")
            let second = try project.logs(["db"]) { $0.contains("ready-2") }
            #expect(second.stdout.contains("found-done-1"), "the old container was not stopped gracefully: \(second)")
            let ids = try project.containerIDs()
            #expect(ids.count == 1 && ids["db"] != oldID, "\(ids)")
        }
    }

    /// A service that ignores TERM and would be given 30 s to stop.
    static func stubborn(version: Int) -> String {
        """
        services:
          app:
            image: \(Testbed.busyboxImage)
            stop_grace_period: 30s
            environment: {VERSION: "\(version)"}
            command: ["sh", "-c", "trap '' TERM; while true; do sleep 1; done"]
        """
    }

    @Test("up -t N kills a recreated container that ignores its stop signal after N seconds, not its grace period")
    func upTimeout() throws {
        try RuntimeProject.with(Self.stubborn(version: 1), prefix: "mxc-recreate-timeout") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            try project.files.write("compose.yaml", Self.stubborn(version: 2))
            let started = Date()
            let changed = try project.run(["up", "-d", "-t", "1"])
            #expect(changed.status == 0, "\(changed)")
            #expect(Date().timeIntervalSince(started) < 20, "the 30 s grace period was used: \(changed)")
            try project.files.write("compose.yaml", Self.stubborn(version: 3))
            let bad = try project.run(["up", "-d", "-t", "x"])
            #expect(bad.status == 1, "\(bad)")
        }
    }

    /// A long-running service whose image and stop signal a test chooses.
    static func sleeper(image: String, version: Int, stopSignal: String = "SIGTERM") -> String {
        """
        services:
          app:
            image: \(image)
            init: true
            stop_grace_period: 2s
            stop_signal: \(stopSignal)
            environment: {VERSION: "\(version)"}
            command: ["sleep", "3600"]
        """
    }

    @Test("a forced recreate keeps the anonymous volume's data, up -V starts afresh, as Compose does")
    func renewAnonymousVolumes() throws {
        let compose = """
            services:
              db:
                image: \(Testbed.busyboxImage)
                volumes: ["/data"]
                command: ["sleep", "600"]
            """
        try RuntimeProject.with(compose, prefix: "mxc-recreate-renew") { project in
            try #require(try project.run(["up", "-d"]).status == 0)
            try #require(try project.run(["exec", "-T", "db", "touch", "/data/kept"]).status == 0)
            let forced = try project.run(["up", "-d", "--force-recreate"])
            try #require(forced.status == 0, "\(forced)")
            #expect(try project.run(["exec", "-T", "db", "ls", "/data"]).stdout == "kept\n")
            let renewed = try project.run(["up", "-d", "-V"])
            try #require(renewed.status == 0, "\(renewed)")
            #expect(try project.run(["exec", "-T", "db", "ls", "/data"]).stdout == "")
            let refused = try project.run(["up", "-d", "-V", "--no-recreate"])
            #expect(refused.status == 1 && refused.stderr.contains("--no-recreate and --renew-anon-volumes are incompatible"), "\(refused)")
        }
    }

    @Test("a replacement that cannot be created leaves the old container running under its own name")
    func failedRecreateKeepsOld() throws {
        try RuntimeProject.with(Self.sleeper(image: Testbed.busyboxImage, version: 1), prefix: "mxc-recreate-failed") { project in
            let linux = project.testbed.linuxHost
            let tag = "\(project.name):latest"
            let tagged = ProcessRunner.run("/usr/bin/docker", ["-H", linux, "tag", Testbed.busyboxImage, tag])
            try #require(tagged.status == 0, "\(tagged)")
            defer { _ = ProcessRunner.run("/usr/bin/docker", ["-H", linux, "rmi", tag]) }
            try project.files.write("compose.yaml", Self.sleeper(image: tag, version: 1))
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let old = try #require(try project.containerIDs()["app"])

            // The image gone: preflight refuses before any container is touched.
            let untagged = ProcessRunner.run("/usr/bin/docker", ["-H", linux, "rmi", tag])
            try #require(untagged.status == 0, "\(untagged)")
            try project.files.write("compose.yaml", Self.sleeper(image: tag, version: 2))
            let missing = try project.run(["up", "-d", "--pull", "never"])
            #expect(missing.status == 1, "\(missing)")
            #expect(try running(project) == ["\(project.name)-app-1": old])

            // A stop signal only the daemon refuses: the replacement fails at create, after preflight.
            let retagged = ProcessRunner.run("/usr/bin/docker", ["-H", linux, "tag", Testbed.busyboxImage, tag])
            try #require(retagged.status == 0, "\(retagged)")
            try project.files.write("compose.yaml", Self.sleeper(image: tag, version: 2, stopSignal: "SIGNOPE"))
            let refused = try project.run(["up", "-d", "--pull", "never"])
            #expect(refused.status == 1 && refused.stderr.contains("SIGNOPE"), "\(refused)")
            #expect(try running(project) == ["\(project.name)-app-1": old])
        }
    }

    /// Name → ID of the project's containers on the Linux daemon, running or not, checked to be running.
    private func running(_ project: RuntimeProject) throws -> [String: String] {
        var found: [String: String] = [:]
        for container in try project.linux.containers(project: project.name) {
            let name = (container["Names"] as? [String])?.first.map { String($0.dropFirst()) } ?? "?"
            found[name] = container["State"] as? String == "running" ? container["Id"] as? String : "not running"
        }
        return found
    }
}
