import EngineAPI
import Logging
import NIOCore
import Planner

extension DaemonResolver {
    /// How long a daemon may take to answer its first ping before `withAnsweringDaemons` goes on without it.
    package static let answerDeadline = TimeAmount.seconds(5)

    /// Connects every configured daemon that answers within `answerDeadline` and runs `body` with them and
    /// a `RunnerError.daemonUnreachable` for each one that did not (missing socket, refused, frozen, wrong OS),
    /// for commands that act on containers found by label and must not give up on one daemon's account.
    /// Throws the first failure when no daemon answers.
    package static func withAnsweringDaemons<Result>(
        options: DaemonOptions, settings: DaemonSettings = DaemonSettings(), environment: [String: String],
        logger: Logger, warn: (String) -> Void = { _ in },
        _ body: (DaemonSet, [RunnerError]) async throws -> Result
    ) async throws -> Result {
        let sources = try self.sources(options: options, settings: settings, environment: environment)
        return try await connectAnswering(
            sources[...], connected: [], failures: [], options: options, environment: environment, logger: logger, warn: warn, body)
    }

    private static func connectAnswering<Result>(
        _ sources: ArraySlice<Source>, connected: [Daemon], failures: [RunnerError], options: DaemonOptions,
        environment: [String: String], logger: Logger, warn: (String) -> Void,
        _ body: (DaemonSet, [RunnerError]) async throws -> Result
    ) async throws -> Result {
        guard let source = sources.first else {
            if connected.isEmpty, let first = failures.first { throw first }
            return try await body(DaemonSet(connected), failures)
        }
        let rest = sources.dropFirst()
        let taken = Set(connected.map(\.role))
        // Errors before the daemon joins are its own failure; errors after come from the body and pass through.
        var joined = false
        do {
            return try await EngineClient.withClient(
                source.endpoint, environment: environment, logger: logger, pingTimeout: answerDeadline
            ) { client in
                let facts = try await client.facts()
                let daemon = try place(source, facts: facts, taken: taken, options: options, engine: client, warn: warn)
                joined = true
                return try await connectAnswering(
                    rest, connected: connected + (daemon.map { [$0] } ?? []), failures: failures, options: options,
                    environment: environment, logger: logger, warn: warn, body)
            }
        } catch let error where !joined && !(error is CancellationError) {
            let failure = RunnerError.daemonUnreachable(
                role: source.role?.rawValue ?? "default", address: source.endpoint.description, because: error)
            return try await connectAnswering(
                rest, connected: connected, failures: failures + [failure], options: options, environment: environment,
                logger: logger, warn: warn, body)
        }
    }
}
