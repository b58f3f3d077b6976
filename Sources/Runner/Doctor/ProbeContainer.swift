import EngineAPI

/// How `doctor` probes from a consumer that is not running: a short-lived container from the
/// consumer's image, on its first network, running one probe command as its entrypoint.
enum ProbeContainer {
    /// Runs `command` in a new container called `name` like `consumer` and returns its exit code and output;
    /// the container is removed whatever happens.
    static func run(_ command: [String], like consumer: ContainerRecord, on engine: any Engine, name: String) async throws -> ProbeOutcome {
        var request = ContainerCreateRequest(image: consumer.image)
        request.entrypoint = Array(command.prefix(1))
        request.cmd = Array(command.dropFirst())
        var host = HostConfig()
        host.networkMode = consumer.addresses.keys.sorted().first
        request.hostConfig = host
        let id = try await engine.createContainer(name: name, platform: nil, request: request)
        do {
            let outcome = try await runCreated(id, on: engine)
            try await engine.removeContainer(id, volumes: true)
            return outcome
        } catch {
            try? await engine.removeContainer(id, volumes: true)
            throw error
        }
    }

    private static func runCreated(_ id: String, on engine: any Engine) async throws -> ProbeOutcome {
        try await engine.startContainer(id)
        // The probe gives up connecting after 2 s; 10 s covers a slow start.
        var record = try await engine.inspectContainer(id)
        for _ in 0..<100 where record.isRunning {
            try await Task.sleep(for: .milliseconds(100))
            record = try await engine.inspectContainer(id)
        }
        if record.isRunning { return ProbeOutcome(exitCode: 1, output: ["probe container did not finish in 10 s"]) }
        return ProbeOutcome(exitCode: record.exitCode ?? 1, output: await LogTail.lines(of: id, on: engine))
    }
}
