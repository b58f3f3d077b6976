import EngineAPI

/// The real daemon's answers to the everyday commands (`exec`, `kill`, …).
extension EngineClient {
    package func createExec(_ container: String, request: ExecCreateRequest) async throws -> String {
        try await createExec(container: container, request)
    }

    package func startExec(
        _ id: String, tty: Bool, detach: Bool, input: AsyncStream<[UInt8]>?,
        output: @escaping @Sendable (OutputChunk) async throws -> Void
    ) async throws {
        if detach { return try await startDetachedExec(id) }
        try await startAttachedExec(id, tty: tty, input: input, output: output)
    }

    package func execExitCode(_ id: String) async throws -> Int? {
        let inspect = try await inspectExec(id)
        return inspect.running == true ? nil : inspect.exitCode
    }

    package func exitCode(of container: String) async throws -> Int {
        try await waitContainer(container, condition: .notRunning).statusCode
    }
}
