import Foundation
import Synchronization
import Testing

@testable import EngineAPI

@Suite(.enabled(if: LiveTestbed.isEnabled, "needs the testbed daemon (MIXCOMPOSE_TESTBED_LINUX_HOST)"))
struct EngineExecSessionLiveTests {
    @Test("an attached exec gets stdin over the hijacked connection, splits stdout from stderr, and reports its exit code")
    func attachedExec() async throws {
        try await EngineClient.withClient(LiveTestbed.endpoint()) { client in try await Self.exerciseAttachedExec(client) }
    }

    /// Runs an attached exec with stdin and one with a TTY in a fresh container through `client`, checking what
    /// comes back; shared by the socket and the TLS suites.
    static func exerciseAttachedExec(_ client: EngineClient) async throws {
        let name = LiveTestbed.uniqueName("exec")
        do {
            var request = ContainerCreateRequest(image: LiveTestbed.image)
            // Long enough for a daemon busy with the large-project tests beside it; removed by force afterwards.
            request.cmd = ["sleep", "3600"]
            request.labels = ["io.mixcompose.test": name]
            try await LiveTestbed.withCleanup {
                let created = try await client.createContainer(name: name, request, platform: "linux")
                try await client.startContainer(created.id)
                let exec = try await client.createExec(
                    container: created.id,
                    ExecCreateRequest(cmd: ["sh", "-c", "read line; echo got:$line; echo oops >&2; exit 7"], interactive: true))
                let (input, feed) = AsyncStream<[UInt8]>.makeStream()
                feed.yield(Array("hello\n".utf8))
                feed.finish()
                let received = Mutex<[LogLine.Stream: String]>([:])
                try await LiveTestbed.bounded(seconds: 120) {
                    try await client.startAttachedExec(exec, tty: false, input: input) { chunk in
                        received.withLock { $0[chunk.stream, default: ""] += String(decoding: chunk.bytes, as: UTF8.self) }
                    }
                }
                #expect(received.withLock { $0 } == [.stdout: "got:hello\n", .stderr: "oops\n"])
                let inspect = try await client.inspectExec(exec)
                #expect(inspect.running == false && inspect.exitCode == 7)
                let tty = try await client.createExec(container: created.id, ExecCreateRequest(cmd: ["tty"], tty: true))
                let output = Mutex("")
                try await client.startAttachedExec(tty, tty: true, input: nil) { chunk in
                    output.withLock { $0 += String(decoding: chunk.bytes, as: UTF8.self) }
                }
                #expect(output.withLock { $0 }.hasPrefix("/dev/pts/"))
            } cleanup: {
                try? await client.removeContainer(name, force: true)
            }
        }
    }
}
