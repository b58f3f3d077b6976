/// What can go wrong deploying, listing or removing a stack; messages are lower-case and name the object.
package enum StackError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The daemon at `endpoint` is not an active swarm manager (`state`: its `LocalNodeState`).
    case notManager(endpoint: String, state: String)
    /// An external network, secret or config the file names does not exist on the manager.
    case missingExternal(kind: String, name: String)
    /// A secret or config exists under the stack's name with other data.
    case dataChanged(kind: String, name: String)
    /// A dependency's task failed before `service` could be created.
    case dependencyFailed(service: String, dependency: String, task: String, reason: String)
    /// A dependency did not reach its condition within the bound.
    case timedOut(service: String, dependency: String, condition: String, seconds: Int, lastError: String?)
    /// A manager request failed.
    case engine(operation: String, reason: String)
    /// `stack rm` left these objects behind (each with its reason).
    case notRemoved([String])
    /// Nothing on the manager carries the stack's namespace.
    case nothingFound(namespace: String)

    package var description: String {
        switch self {
        case .notManager(let endpoint, let state):
            return "the docker engine at \(endpoint) is not a swarm manager (swarm state: \(state)): "
                + "run `docker swarm init` there, or name a manager with --manager"
        case .missingExternal(let kind, let name):
            return "external \(kind) \(name) does not exist on the swarm manager"
        case .dataChanged(let kind, let name):
            return "\(kind) \(name) exists with other data, and swarm cannot change a \(kind) in place: "
                + "remove the stack first (mixcompose stack rm), or give the \(kind) another name"
        case .dependencyFailed(let service, let dependency, let task, let reason):
            return "service \(service) cannot start: its dependency \(dependency) failed (task \(task): \(reason))"
        case .timedOut(let service, let dependency, let condition, let seconds, let lastError):
            let detail = lastError.map { " (last task error: \($0))" } ?? ""
            return "service \(service) cannot start: its dependency \(dependency) was not \(condition) after \(seconds)s\(detail)"
        case .engine(let operation, let reason):
            return "\(operation) failed: \(reason)"
        case .notRemoved(let objects):
            return "could not remove: " + objects.joined(separator: "; ")
        case .nothingFound(let namespace):
            return "nothing found in stack: \(namespace)"
        }
    }
}
