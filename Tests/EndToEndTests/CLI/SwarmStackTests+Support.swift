import Foundation
import Testing

// The swarm suite's helpers: topology switches, stack names, mixcompose against the manager, removal checks,
// and the mixed project of the two-node test.
extension SwarmStackTests {
    static func topology(_ name: String) throws {
        let result = ProcessRunner.run("/bin/bash", ["scripts/swarm", name], directory: repository, timeout: 120)
        try #require(result.status == 0, "\(result)")
    }

    static func stackName(_ test: String) -> String { "mxc-swarm-\(test)-\(UUID().uuidString.prefix(6).lowercased())" }

    /// Runs mixcompose against the testbed's linux daemon, the swarm manager.
    static func mixcompose(
        _ arguments: [String], in directory: String, testbed: Testbed, environment: [String: String] = [:], timeout: TimeInterval = 240
    ) throws -> CommandResult {
        try MixComposeBinary.require().run(
            arguments, in: directory, environment: environment.merging(["MIXCOMPOSE_LINUX_HOST": testbed.linuxHost]) { $1 },
            timeout: timeout)
    }

    /// Runs `stack rm` and checks that nothing of the stack is left on the manager (networks on every daemon,
    /// which drop their local copy of a removed overlay network a moment after its last task).
    static func expectRemoved(_ stack: String, in directory: String, testbed: Testbed) throws {
        let rm = try mixcompose(["stack", "rm", stack], in: directory, testbed: testbed)
        #expect(rm.status == 0, "\(rm)")
        let manager = try DaemonInspector(host: testbed.linuxHost)
        for endpoint in ["/services", "/tasks", "/secrets", "/configs"] {
            #expect(try manager.objects(endpoint, stack: stack).isEmpty, "\(endpoint) left")
        }
        for host in [testbed.linuxHost, testbed.windowsHost] {
            let daemon = try DaemonInspector(host: host)
            var left = try daemon.objects("/networks", stack: stack)
            for _ in 0..<20 where !left.isEmpty {
                Thread.sleep(forTimeInterval: 0.5)
                left = try daemon.objects("/networks", stack: stack)
            }
            #expect(left.isEmpty, "networks left on \(host): \(left.compactMap { $0["Name"] })")
        }
    }

    static let mixedProject = """
        services:
          db:
            image: mixcompose-testbed/busybox:latest
            command: ["sh", "-c", "trap 'exit 0' TERM; sleep 2; touch /tmp/ok; while true; do sleep 1; done"]
            healthcheck:
              test: ["CMD", "test", "-f", "/tmp/ok"]
              interval: 1s
              retries: 60
            secrets: [token]
            deploy:
              placement:
                constraints: ["node.role == manager"]
          api:
            image: mixcompose-testbed/busybox:latest
            command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
            depends_on:
              db: {condition: service_healthy}
            configs: [settings]
            deploy:
              placement:
                constraints: ["node.role == manager"]
          win:
            image: mixcompose-testbed/busybox:latest
            platform: windows/amd64
            command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
            depends_on:
              api: {condition: service_started}
            networks: [winnet]
        networks:
          winnet: {}
        secrets:
          token: {file: ./token.txt}
        configs:
          settings: {file: ./settings.txt}
        """
}
