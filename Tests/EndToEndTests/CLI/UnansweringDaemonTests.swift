import Foundation
import Testing

/// One daemon down, a broken file, no file: `ps`, `logs`, `stop` and `down` act on the daemon that
/// answers, name the one that does not, and exit 1; they find containers by the project's label.
/// The shared windows-role daemon stays up: `--windows-host` points at a dead socket path, or at a
/// socket this test listens on and never answers ("frozen").
@Suite(.enabled(if: Testbed.shouldRun), .serialized) struct UnansweringDaemonTests {
    static let linuxOnly = """
        services:
          app:
            image: \(Testbed.busyboxImage)
            init: true
            command: [sh, -c, 'echo hello-from-app; exec sleep 3600']
          worker:
            image: \(Testbed.busyboxImage)
            init: true
            command: [sleep, '3600']
            depends_on: [app]
        """

    @Test("with the windows daemon's socket missing, ps, logs, stop and down handle the linux side and name the other daemon")
    func deadSocket() throws {
        let dead = "unix://" + FileManager.default.temporaryDirectory.appendingPathComponent("mxc-robust-dead-\(UUID().uuidString.prefix(8)).sock").path
        try Self.checkCommands(windowsHost: dead, within: 5)
    }

    @Test("with the windows daemon frozen (accepts, never answers), the commands go on without it within seconds")
    func frozenDaemon() throws {
        let listener = try SilentListener()
        defer { listener.close() }
        try Self.checkCommands(windowsHost: "unix://" + listener.path, within: 20)
    }

    @Test("-p NAME down with no compose file removes the project's containers and networks on both daemons")
    func downWithoutFile() throws {
        let twoSided = Self.linuxOnly + """

              far:
                image: \(Testbed.busyboxImage)
                platform: windows/amd64
                init: true
                command: [sleep, '3600']
            """
        try RuntimeProject.with(twoSided, prefix: "mxc-robust-nofile") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let empty = try TemporaryProject()
            let down = try empty.run(["-p", project.name, "down", "-t", "2"], environment: project.environment)
            #expect(down.status == 0, "\(down)")
            #expect(try project.leftovers().isEmpty)
        }
    }

    @Test("a compose file that no longer loads still lets ps and down find the containers by label, with a warning")
    func brokenFile() throws {
        try RuntimeProject.with(Self.linuxOnly, prefix: "mxc-robust-broken") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            try project.files.write("compose.yaml", "services:\n  app: [not, a, service\n")
            let ps = try project.run(["ps", "--format", "json"])
            #expect(ps.status == 0, "\(ps)")
            #expect(ps.stderr.contains("warning: the compose file has errors"), "\(ps)")
            #expect(ps.stdoutLines.count == 2, "\(ps)")
            let down = try project.run(["down", "-t", "2"])
            #expect(down.status == 0, "\(down)")
            #expect(try project.leftovers().isEmpty)
            try project.files.write("compose.yaml", Self.linuxOnly)
        }
    }

    /// Brings the linux-only project up with both daemons, then runs each command with the windows role at
    /// `windowsHost`: each must finish within `within` seconds, exit 1 naming that daemon, and still act on linux.
    static func checkCommands(windowsHost: String, within limit: TimeInterval) throws {
        try RuntimeProject.with(linuxOnly, prefix: "mxc-robust-down") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let broken = ["--windows-host", windowsHost]
            func timed(_ arguments: [String]) throws -> (CommandResult, TimeInterval) {
                let start = Date()
                let result = try project.run(arguments + broken)
                return (result, Date().timeIntervalSince(start))
            }
            let naming = "the windows daemon at \(windowsHost) does not answer"

            let (ps, psTime) = try timed(["ps", "--format", "json"])
            #expect(ps.status == 1 && ps.stdoutLines.count == 2 && ps.stderr.contains(naming), "\(ps)")
            #expect(psTime < limit, "ps took \(psTime) s")

            let (logs, logsTime) = try timed(["logs", "app"])
            #expect(logs.status == 1 && logs.stdout.contains("hello-from-app") && logs.stderr.contains(naming), "\(logs)")
            #expect(logsTime < limit, "logs took \(logsTime) s")

            let (stop, stopTime) = try timed(["stop", "-t", "2"])
            #expect(stop.status == 1 && stop.stderr.contains(naming), "\(stop)")
            let running = try project.linux.containers(project: project.name).filter { $0["State"] as? String == "running" }
            #expect(running.isEmpty, "\(running)")
            #expect(stopTime < limit + 5, "stop took \(stopTime) s")

            let (down, downTime) = try timed(["down", "-t", "2"])
            #expect(down.status == 1 && down.stderr.contains(naming), "\(down)")
            #expect(try project.linux.containers(project: project.name).isEmpty)
            #expect(try project.linux.networks(project: project.name).isEmpty)
            #expect(downTime < limit + 5, "down took \(downTime) s")
        }
    }
}

/// A unix socket that accepts connections (the kernel's backlog does) and never answers: a frozen daemon.
private final class SilentListener: Sendable {
    let path: String
    private let descriptor: Int32

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("mxc-robust-frozen-\(UUID().uuidString.prefix(8)).sock").path
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.enumerated() where index < buffer.count - 1 { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard descriptor >= 0, bound == 0, listen(descriptor, 128) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    func close() {
        _ = Glibc.close(descriptor)
        unlink(path)
    }
}
