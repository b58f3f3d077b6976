import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import Runner

/// How every `stack` subcommand finds its swarm manager: `--manager`, else the Linux role's daemon.
struct ManagerFlags: ParsableArguments {
    @OptionGroup var daemons: DaemonFlags

    @Option(help: ArgumentHelp("The swarm manager (default: the Linux role's daemon).", valueName: "host"))
    var manager: String?

    /// Runs `body` with a runner on the manager (its lines on standard output, its warnings on standard error);
    /// the connection is closed when it returns. `settings`: the compose file's `x-mixcompose` daemons.
    func withRunner<Result>(
        settings: DaemonSettings = DaemonSettings(), waitTimeout: Int = 120, _ body: (StackRunner) async throws -> Result
    ) async throws -> Result {
        let environment = ProcessInfo.processInfo.environment
        return try await StackManagerResolver.withManager(
            manager: manager, options: daemons.runnerOptions(environment: environment), settings: settings, environment: environment,
            logger: Logger(label: "mixcompose")
        ) { client, endpoint in
            var runner = StackRunner(manager: client, endpoint: endpoint, waitTimeout: .seconds(waitTimeout)) { print($0) }
            runner.warn = { printToStandardError($0 + "\n") }
            return try await body(runner)
        }
    }
}
