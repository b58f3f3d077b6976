import Foundation
import Testing

/// `create` against the two testbed daemons: containers created, not started, on each role's daemon.
@Suite(.enabled(if: Testbed.shouldRun)) struct CreateCommandTests {
    static let pair = """
        services:
          app:
            image: \(Testbed.busyboxImage)
            command: ["sleep", "3600"]
          backend:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            command: ["sleep", "3600"]
        """

    /// State by service of the project's containers on `daemon`.
    static func states(on daemon: DaemonInspector, project: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for container in try daemon.containers(project: project) {
            if let service = (container["Labels"] as? [String: String])?["com.docker.compose.service"] {
                result[service] = container["State"] as? String
            }
        }
        return result
    }

    @Test("create leaves the containers created on both daemons, and up -d then starts the same containers")
    func createThenUp() throws {
        try RuntimeProject.with(Self.pair, prefix: "mxc-cmd-create") { project in
            let create = try project.run(["create"])
            #expect(create.status == 0, "\(create)")
            #expect(try Self.states(on: project.linux, project: project.name) == ["app": "created"])
            #expect(try Self.states(on: project.windows, project: project.name) == ["backend": "created"])
            let created = try project.containerIDs()
            let up = try project.run(["up", "-d"])
            #expect(up.status == 0, "\(up)")
            #expect(try project.containerIDs() == created, "up recreated created containers: \(up)")
            #expect(try Self.states(on: project.linux, project: project.name) == ["app": "running"])
            #expect(try Self.states(on: project.windows, project: project.name) == ["backend": "running"])
        }
    }

    @Test("create refuses --force-recreate with --no-recreate and an unknown service, creating nothing")
    func refusals() throws {
        try RuntimeProject.with(Self.pair, prefix: "mxc-cmd-create") { project in
            let both = try project.run(["create", "--force-recreate", "--no-recreate"])
            #expect(both.status == 1 && both.stderr.contains("--force-recreate and --no-recreate are incompatible"), "\(both)")
            let unknown = try project.run(["create", "nope"])
            #expect(unknown.status == 1 && unknown.stderr.contains("no such service: nope"), "\(unknown)")
            #expect(try project.leftovers().isEmpty)
        }
    }
}
