import Foundation
import Testing

/// `validate --target swarm` and `plan --target swarm`: the Swarm conversion's diagnostics, no daemon involved.
@Suite struct SwarmTargetTests {
    static let project = """
        services:
          app:
            image: mcr.microsoft.com/windows/nanoserver:ltsc2022
            depends_on: [db]
            secrets: [token]
          db:
            image: postgres:16
            container_name: the-db
        secrets:
          token: {file: ./token.txt}
        """

    @Test("validate and plan --target swarm add the conversion's diagnostics, which --strict turns into a failure")
    func validateTarget() throws {
        let project = try TemporaryProject(compose: Self.project, files: ["token.txt": "t0ken"])
        let local = try project.run(["validate", "--strict"])
        let swarm = try project.run(["validate", "--strict", "--target", "swarm", "--format", "json"])
        #expect(local.status == 0, "\(local)")
        #expect(swarm.status == 1, "\(swarm)")
        #expect(swarm.stdout.contains("\"MXC702\"") && swarm.stdout.contains("\"MXC703\""), "\(swarm)")
        #expect(!swarm.stdout.contains("\"MXC706\""), "the secret's file was read: \(swarm)")
        let plan = try project.run(["plan", "--target", "swarm", "--format", "json"])
        #expect(plan.status == 0, "\(plan)")
        #expect(plan.stdout.contains("\"MXC703\""), "\(plan)")
        #expect(try !project.run(["plan", "--format", "json"]).stdout.contains("\"MXC703\""))
    }

    @Test("validate --target swarm fails on what Swarm cannot run, naming the field's place, and on an unreadable secret file")
    func validateErrors() throws {
        let project = try TemporaryProject(compose: """
            services:
              web:
                build: .
                network_mode: host
                secrets: [token]
            secrets:
              token: {file: ./missing.txt}
            """)
        let result = try project.run(["validate", "--target", "swarm"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("compose.yaml:3:5: error: build: without image:"), "\(result)")
        #expect(result.stderr.contains("compose.yaml:4:5: error: network_mode cannot be used in a swarm"), "\(result)")
        #expect(result.stderr.contains("[MXC706]"), "\(result)")
    }
}
