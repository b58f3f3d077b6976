import Foundation
import Testing

@testable import EngineAPI

@Suite(.enabled(if: LiveTestbed.isEnabled, "needs the testbed daemon (MIXCOMPOSE_TESTBED_LINUX_HOST)"))
struct EngineExecLiveTests {
    @Test("a command exec'd in a running container returns its stdout and stderr lines and its exit code")
    func execRoundTrip() async throws {
        let name = LiveTestbed.uniqueName("exec")
        try await EngineClient.withClient(LiveTestbed.endpoint()) { client in
            var request = ContainerCreateRequest(image: LiveTestbed.image)
            request.cmd = ["sleep", "3600"]
            var host = HostConfig()
            host.`init` = true
            request.hostConfig = host
            try await LiveTestbed.withCleanup {
                let created = try await client.createContainer(name: name, request, platform: "linux")
                try await client.startContainer(created.id)
                let exec = try await client.createExec(
                    container: created.id, ExecCreateRequest(cmd: ["sh", "-c", "echo out; echo err >&2; exit 3"]))
                let lines = try await client.startExec(exec)
                #expect(lines.filter { $0.stream == .stdout }.map(\.text) == ["out"])
                #expect(lines.filter { $0.stream == .stderr }.map(\.text) == ["err"])
                let inspected = try await client.inspectExec(exec)
                #expect(inspected.exitCode == 3)
                #expect(inspected.running == false)
            } cleanup: {
                try? await client.removeContainer(name, force: true)
            }
        }
    }
}
