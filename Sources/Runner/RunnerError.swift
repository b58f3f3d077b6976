import EngineAPI

/// What can go wrong while running a plan; messages are lower-case and name the object at fault.
package enum RunnerError: Error, Sendable, Hashable, CustomStringConvertible {
    case noDaemon(role: String)
    case daemonUnreachable(role: String, address: String, reason: String)
    case wrongDaemonOS(role: String, address: String, os: String)
    case planHasErrors
    case imageMissing(service: String, image: String)
    /// Several `imageMissing` errors, by their messages.
    case imagesMissing([String])
    case noImage(service: String)
    case notBuilt(service: String, image: String)
    case buildUnsupported(service: String, reason: String)
    case buildFailed(service: String, image: String, reason: String, logTail: [String])
    case imageWrongOS(service: String, image: String, imageOS: String, role: String)
    case engine(operation: String, reason: String)
    case pullFailed(service: String, image: String, role: String, reason: String)
    case pushFailed(service: String, image: String, role: String, reason: String)
    case dependencyFailed(service: String, dependency: String, reason: String, logTail: [String])
    case exited(service: String, exitCode: Int, logTail: [String])
    case timedOut(service: String, waitingFor: String, seconds: Int)
    case unknownService(String)
    case invalidSetting(String)
    /// No running container of the service (with `index`: none with that number), as Compose words it.
    case notRunning(service: String, index: Int?)
    /// `wait` found no running container of the project (of the services asked for), as Compose words it.
    case noContainers(project: String)
    /// `port`: the container binds nothing at `port`; `ports` lists its bindings as Compose lists them.
    case noPort(port: String, container: String, ports: [String])

    package var description: String {
        switch self {
        case .noDaemon(let role):
            return "no daemon for the \(role) role: use --\(role)-host, --\(role)-context or x-mixcompose.\(role)"
        case .daemonUnreachable(let role, let address, let reason):
            return "the \(role) daemon at \(address) does not answer: \(reason)"
        case .wrongDaemonOS(let role, let address, let os):
            let hint = role == "windows" ? " (use --windows-standin to let a linux daemon play it)" : ""
            return "the daemon at \(address) runs \(os) containers and cannot play the \(role) role\(hint)"
        case .planHasErrors:
            return "the plan has errors; run `mixcompose plan` to see them"
        case .imageMissing(let service, let image):
            return "image \(image) for service \(service) is not present and --pull never forbids pulling it"
        case .imagesMissing(let messages):
            return "\(messages.count) images are missing:\n  " + messages.joined(separator: "\n  ")
        case .noImage(let service):
            return "service \(service) has neither an image nor a build section"
        case .notBuilt(let service, let image):
            return "image \(image) for service \(service) is not present and --no-build forbids building it"
        case .buildUnsupported(let service, let reason):
            return "cannot build service \(service): \(reason)"
        case .buildFailed(let service, let image, let reason, let tail):
            return "building image \(image) for service \(service) failed: \(reason)" + Self.render(tail)
        case .imageWrongOS(let service, let image, let imageOS, let role):
            return "image \(image) for service \(service) is a \(imageOS) image but the service runs on the \(role) daemon"
        case .engine(let operation, let reason):
            return "\(operation): \(reason)"
        case .pullFailed(let service, let image, let role, let reason):
            return "pulling image \(image) for service \(service) on the \(role) daemon failed: \(reason)"
        case .pushFailed(let service, let image, let role, let reason):
            return "pushing image \(image) for service \(service) from the \(role) daemon failed: \(reason)"
        case .dependencyFailed(let service, let dependency, let reason, let tail):
            return "dependency failed to start: \(dependency) (needed by \(service)) \(reason)" + Self.render(tail)
        case .exited(let service, let code, let tail):
            return "service \(service) exited with code \(code)" + Self.render(tail)
        case .timedOut(let service, let waitingFor, let seconds):
            return "service \(service) not \(waitingFor) after \(seconds)s"
        case .unknownService(let name):
            return "no such service: \(name)"
        case .invalidSetting(let message):
            return message
        case .notRunning(let service, let index):
            return "service \"\(service)\" is not running" + (index.map { " container #\($0)" } ?? "")
        case .noContainers(let project):
            return "no containers for project \"\(project)\""
        case .noPort(let port, let container, let ports):
            return "no port \(port) for container \(container): \(ports.joined(separator: ", "))"
        }
    }

    private static func render(_ tail: [String]) -> String {
        tail.isEmpty ? "" : "\nlast log lines:\n" + tail.map { "  " + $0 }.joined(separator: "\n")
    }
}

extension RunnerError {
    /// A daemon that failed before it could be used, named by its role and address, with the transport's own
    /// reason when there is one (its message names the address again).
    static func daemonUnreachable(role: String, address: String, because error: any Error) -> RunnerError {
        let reason: String
        switch error {
        case RunnerError.daemonUnreachable(_, _, let why): reason = why
        case EngineError.unreachable(_, let why): reason = why
        default: reason = String(describing: error)
        }
        return .daemonUnreachable(role: role, address: address, reason: reason)
    }
}
