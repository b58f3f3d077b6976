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
}

/// The real daemon's answers to the container commands (`kill`, `pause`, `top`, `wait`, `images`).
extension EngineClient {
    package func processes(in id: String) async throws -> ContainerTop {
        try await top(id)
    }

    package func waitForExit(_ id: String) async throws -> Int {
        let response = try await waitContainer(id)
        if let message = response.error?.message, !message.isEmpty { throw EngineError.stream(message) }
        return response.statusCode
    }

    package func imageDetails(_ reference: String) async throws -> ImageDetails? {
        do {
            let inspected = try await inspectImage(reference)
            return ImageDetails(
                id: inspected.id, os: inspected.os ?? "", architecture: inspected.architecture ?? "", variant: inspected.variant ?? "",
                size: inspected.size ?? 0, created: inspected.created ?? "", lastTagTime: inspected.metadata?.lastTagTime ?? "")
        } catch let error as EngineError where error.isNotFound {
            return nil
        }
    }
}
