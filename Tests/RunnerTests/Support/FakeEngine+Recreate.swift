import EngineAPI
import Runner

extension FakeEngine {
    func renameContainer(_ id: String, to name: String) throws {
        guard var container = containers[id] else { throw EngineError.http(status: 404, message: "no such container: \(id)") }
        calls.append("rename \(container.record.name) to \(name)")
        try failIfScripted("rename \(container.record.name) to \(name)")
        guard self.container(named: name) == nil else {
            throw EngineError.http(status: 409, message: "conflict: the container name \"/\(name)\" is already in use")
        }
        container.record.name = name
        containers[id] = container
    }

    /// Makes `call` (as `calls` records it) fail with `message`; nil lets it succeed again.
    func set(failure message: String?, for call: String) { failures[call] = message }

    /// Throws the scripted failure of `call`, if any.
    func failIfScripted(_ call: String) throws {
        if let message = failures[call] { throw EngineError.http(status: 500, message: message) }
    }
}
