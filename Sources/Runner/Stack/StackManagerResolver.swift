import EngineAPI
import Logging
import Planner

/// Finds and connects the swarm manager a `stack` command talks to: `--manager`, else the Linux role's
/// daemon as `up` finds it (`--linux-host`, `MIXCOMPOSE_LINUX_HOST`, `--linux-context`, `x-mixcompose.linux`),
/// else `DOCKER_HOST` / the current context.
package enum StackManagerResolver {
    /// Runs `body` with the manager and its address; the client is closed when it returns.
    package static func withManager<Result>(
        manager: String?, options: DaemonOptions, settings: DaemonSettings = DaemonSettings(), environment: [String: String],
        logger: Logger, _ body: (any SwarmManager, String) async throws -> Result
    ) async throws -> Result {
        let endpoint = try self.endpoint(manager: manager, options: options, settings: settings, environment: environment)
        do {
            return try await EngineClient.withClient(endpoint, environment: environment, logger: logger) { client in
                try await body(client, endpoint.description)
            }
        } catch let error as EngineError {
            guard case .unreachable = error else { throw error }
            throw RunnerError.daemonUnreachable(role: "swarm manager", address: endpoint.description, because: error)
        }
    }

    /// The manager's endpoint.
    static func endpoint(manager: String?, options: DaemonOptions, settings: DaemonSettings, environment: [String: String]) throws
        -> EngineEndpoint
    {
        if let manager { return try EngineEndpoint.parse(manager, tlsFrom: environment) }
        let sources = try DaemonResolver.sources(options: options, settings: settings, environment: environment)
        if let linux = sources.first(where: { $0.role == .linux }) { return linux.endpoint }
        if let unassigned = sources.first(where: { $0.role == nil }) { return unassigned.endpoint }
        return try DockerContexts(environment: environment).resolveEndpoint(environment)
    }
}
