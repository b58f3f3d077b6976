import EngineAPI
import Runner

extension FakeEngine {
    func killContainer(_ id: String, signal: String?) throws {
        guard var container = containers[id], container.record.isUp else { throw EngineError.http(status: 409, message: "container \(id) is not running") }
        calls.append("kill \(container.record.name) \(signal ?? "SIGKILL")")
        try failIfScripted("kill \(container.record.name)")
        container.record.state = "exited"
        container.record.exitCode = 137
        containers[id] = container
    }

    func pauseContainer(_ id: String) throws {
        guard var container = containers[id], container.record.isRunning else { throw EngineError.http(status: 409, message: "container \(id) is not running") }
        calls.append("pause \(container.record.name)")
        container.record.state = "paused"
        containers[id] = container
    }

    func unpauseContainer(_ id: String) throws {
        guard var container = containers[id], container.record.state == "paused" else { throw EngineError.http(status: 409, message: "container \(id) is not paused") }
        calls.append("unpause \(container.record.name)")
        container.record.state = "running"
        containers[id] = container
    }

    func processes(in id: String) throws -> ContainerTop {
        guard let container = containers[id], container.record.isUp else { throw EngineError.http(status: 409, message: "container \(id) is not running") }
        let command = container.record.command.isEmpty ? "sleep" : container.record.command
        return os == .windows
            ? ContainerTop(titles: ["Name", "PID", "CPU", "Private Working Set"], processes: [["\(command).exe", "4", "00:00:00.015", "1.2MB"]])
            : ContainerTop(titles: ["UID", "PID", "CMD"], processes: [["root", "1", command]])
    }

    /// Exits with the container's scripted code (`set(exitOnStart:)`, else 0) once `release` is called for it.
    func waitForExit(_ id: String) async throws -> Int {
        guard let container = containers[id] else { throw EngineError.http(status: 404, message: "no such container: \(id)") }
        calls.append("wait \(container.record.name)")
        if container.record.isUp { await exitGate.wait(for: container.record.name) }
        return exitOnStart[container.record.name] ?? container.record.exitCode ?? 0
    }

    func imageDetails(_ reference: String) throws -> ImageDetails? {
        _ = try facts()
        return images[reference].map {
            ImageDetails(
                id: imageIDs[reference] ?? "sha256:\(reference)", os: $0, size: 1_984_265, created: "2026-12-01T10:00:00Z",
                lastTagTime: "0001-01-01T00:00:00Z")
        }
    }
}

/// Holds `waitForExit` calls until a test lets a container exit.
actor ExitGate {
    private var released: Set<String> = []
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Returns once `release(name)` was called.
    func wait(for name: String) async {
        if released.contains(name) { return }
        await withCheckedContinuation { waiting[name, default: []].append($0) }
    }

    /// Lets the container called `name` exit.
    func release(_ name: String) {
        released.insert(name)
        waiting.removeValue(forKey: name)?.forEach { $0.resume() }
    }
}
