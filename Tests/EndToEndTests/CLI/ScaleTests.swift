import Foundation
import Testing

/// `scale`, `up --scale` and `--no-deps` against the testbed: replicas named `<project>-<service>-<n>` on the
/// service's daemon, added and removed by later runs of `up`.
@Suite(.enabled(if: Testbed.shouldRun)) struct ScaleTests {
    static let compose = """
        services:
          web:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            scale: 2
            command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
        """

    @Test("scale: 2 runs two replicas on the windows role; --scale adds one, then removes two; down removes all")
    func scalesUpAndDown() throws {
        try RuntimeProject.with(Self.compose) { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let web = (1...3).map { "\(project.name)-web-\($0)" }
            #expect(try Self.running(project.windows, project.name) == Array(web.prefix(2)))
            #expect(try project.linux.containers(project: project.name).isEmpty)
            let first = try #require(try Self.ids(project.windows, project.name)[web[0]])

            let more = try project.run(["up", "-d", "--scale", "web=3"])
            try #require(more.status == 0, "\(more)")
            #expect(try Self.running(project.windows, project.name) == web)
            #expect(try Self.ids(project.windows, project.name)[web[0]] == first)

            let fewer = try project.run(["up", "-d", "--scale", "web=1"])
            try #require(fewer.status == 0, "\(fewer)")
            #expect(try Self.running(project.windows, project.name) == [web[0]])
            #expect(try Self.ids(project.windows, project.name).count == 1)

            let ps = try project.run(["ps", "--format", "json"])
            #expect(ps.stdout.contains("\"Name\":\"\(web[0])\""), "\(ps)")

            let down = try project.run(["down", "-t", "2"])
            try #require(down.status == 0, "\(down)")
            #expect(try project.windows.containers(project: project.name).isEmpty)
        }
    }

    @Test("--scale with a service the project lacks, or without =NUM, fails and creates nothing")
    func rejectsBadScale() throws {
        try RuntimeProject.with(Self.compose) { project in
            let unknown = try project.run(["up", "-d", "--scale", "nope=2"])
            #expect(unknown.status != 0)
            #expect(unknown.stderr.contains("no such service: nope"), "\(unknown)")
            let malformed = try project.run(["up", "-d", "--scale", "web"])
            #expect(malformed.status == 1, "\(malformed)")
            #expect(malformed.stderr.contains("SERVICE=NUM"), "\(malformed)")
            #expect(try project.windows.containers(project: project.name).isEmpty)
        }
    }

    static let pair = """
        services:
          db:
            image: \(Testbed.busyboxImage)
            command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
          web:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            depends_on: [db]
            command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
        """

    @Test("scale --no-deps runs the counts of the named service alone; scale brings its dependency up too, and web gets db's address")
    func scaleCommand() throws {
        try RuntimeProject.with(Self.pair) { project in
            let web = (1...3).map { "\(project.name)-web-\($0)" }
            let alone = try project.run(["scale", "--no-deps", "web=2"])
            try #require(alone.status == 0, "\(alone)")
            #expect(try Self.running(project.windows, project.name) == Array(web.prefix(2)))
            #expect(try project.linux.containers(project: project.name).isEmpty)
            #expect(alone.stderr.contains("service web is not given the address of db, which is not running"), "\(alone)")

            let all = try project.run(["scale", "web=3"])
            try #require(all.status == 0, "\(all)")
            #expect(try Self.running(project.linux, project.name) == ["\(project.name)-db-1"])
            #expect(try Self.running(project.windows, project.name) == web)
            let env = (try project.windows.inspect(container: web[2])["Config"] as? [String: Any])?["Env"] as? [String] ?? []
            #expect(env.contains { $0.hasPrefix("DB_HOST=") }, "\(env)")

            let down = try project.run(["scale", "web=0"])
            try #require(down.status == 0, "\(down)")
            #expect(try Self.ids(project.windows, project.name).isEmpty)
            #expect(try Self.running(project.linux, project.name) == ["\(project.name)-db-1"])
        }
    }

    @Test("up --no-deps starts the named service alone; scale with a malformed pair, no pair or an unknown service fails as Compose does")
    func noDepsAndBadArguments() throws {
        try RuntimeProject.with(Self.pair) { project in
            let up = try project.run(["up", "-d", "--no-deps", "web"])
            try #require(up.status == 0, "\(up)")
            #expect(try Self.running(project.windows, project.name) == ["\(project.name)-web-1"])
            #expect(try project.linux.containers(project: project.name).isEmpty)

            let malformed = try project.run(["scale", "web=x"])
            #expect(malformed.status == 1 && malformed.stderr.contains("invalid scale specifier: web=x"), "\(malformed)")
            let none = try project.run(["scale"])
            #expect(none.status == 1 && none.stderr.contains("requires at least 1 arg(s)"), "\(none)")
            let unknown = try project.run(["scale", "nope=2"])
            #expect(unknown.status == 1 && unknown.stderr.contains("no such service: nope"), "\(unknown)")
            #expect(try project.linux.containers(project: project.name).isEmpty)
        }
    }

    /// Names of the project's running containers on a daemon, sorted.
    private static func running(_ daemon: DaemonInspector, _ project: String) throws -> [String] {
        try daemon.containers(project: project).filter { $0["State"] as? String == "running" }.compactMap { name(of: $0) }.sorted()
    }

    /// Container name → ID for the project's containers on a daemon.
    private static func ids(_ daemon: DaemonInspector, _ project: String) throws -> [String: String] {
        var ids: [String: String] = [:]
        for container in try daemon.containers(project: project) {
            if let name = name(of: container), let id = container["Id"] as? String { ids[name] = id }
        }
        return ids
    }

    private static func name(of container: [String: Any]) -> String? {
        (container["Names"] as? [String])?.first.map { String($0.drop { $0 == "/" }) }
    }
}
