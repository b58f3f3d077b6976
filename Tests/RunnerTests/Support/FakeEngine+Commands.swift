import EngineAPI
import Runner

extension FakeEngine {
    func createExec(_ container: String, request: ExecCreateRequest) throws -> String {
        guard let target = containers[container] else { throw EngineError.http(status: 404, message: "no such container: \(container)") }
        calls.append("exec \(target.record.name) \(request.cmd.joined(separator: " "))")
        execs.append(request)
        return "exec-\(execs.count)"
    }

    func startExec(
        _ id: String, tty: Bool, detach: Bool, input: AsyncStream<[UInt8]>?,
        output: @escaping @Sendable (OutputChunk) async throws -> Void
    ) async throws {
        guard !detach else { return }
        // Echoes stdin back, as `cat` would.
        if let input { for await bytes in input { try await output(OutputChunk(stream: .stdout, bytes: bytes)) } }
    }

    func resizeExec(_ id: String, height: Int, width: Int) {
        calls.append("resize \(id) \(height)x\(width)")
    }

    func execExitCode(_ id: String) -> Int? { execExit }

    func set(execExit code: Int) { execExit = code }

    func attachContainer(
        _ id: String, tty: Bool, input: AsyncStream<[UInt8]>?, attached: @escaping @Sendable () async throws -> Void,
        output: @escaping @Sendable (OutputChunk) async throws -> Void
    ) async throws {
        calls.append("attach \(containers[id]?.record.name ?? id)")
        try await attached()
        if let input { for await bytes in input { try await output(OutputChunk(stream: .stdout, bytes: bytes)) } }
    }

    func resizeContainer(_ id: String, height: Int, width: Int) {
        calls.append("resize \(id) \(height)x\(width)")
    }
}
