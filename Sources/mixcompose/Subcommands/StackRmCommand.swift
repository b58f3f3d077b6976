import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import Runner

extension MixCompose {
    struct StackRmCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rm",
            abstract: "Remove a stack: its services, then (once their tasks are gone) its networks, secrets and configs.")

        @OptionGroup var daemons: DaemonFlags
        @Option(help: ArgumentHelp("The swarm manager (default: the Linux role's daemon).", valueName: "host"))
        var manager: String?
        @Option(help: ArgumentHelp("Seconds to wait for the services' tasks to go.", valueName: "seconds"))
        var waitTimeout = 120
        @Argument(help: "The stack's name.") var stack: String

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let (manager, seconds, stack) = (manager, waitTimeout, stack)
            let options = daemons.runnerOptions(environment: environment)
            try await Interrupt.guarding(.cancel, say: { printToStandardError($0 + "\n") }) { _ in
                try await StackManagerResolver.withManager(
                    manager: manager, options: options, environment: environment, logger: Logger(label: "mixcompose")
                ) { client, endpoint in
                    let runner = StackRunner(manager: client, endpoint: endpoint, waitTimeout: .seconds(seconds)) { print($0) }
                    // As `docker stack rm`: an unknown stack is said, not failed.
                    if try await !runner.remove(namespace: stack) { printToStandardError("Nothing found in stack: \(stack)\n") }
                }
            }
        }
    }
}
