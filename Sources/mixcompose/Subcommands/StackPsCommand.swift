import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import Runner

extension MixCompose {
    struct StackPsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ps", abstract: "List the tasks of a stack, as docker stack ps does.")

        @OptionGroup var daemons: DaemonFlags
        @Option(help: ArgumentHelp("The swarm manager (default: the Linux role's daemon).", valueName: "host"))
        var manager: String?
        @Flag(name: .shortAndLong, help: "Only display task IDs.") var quiet = false
        @Flag(help: "Do not truncate output.") var noTrunc = false
        @Option(help: "Format the output: table, or json (one object per line).") var format = "table"
        @Argument(help: "The stack's name.") var stack: String

        func run() async throws {
            guard ["table", "json"].contains(format.lowercased()) else {
                throw RunnerError.invalidSetting("format value \"\(format)\" could not be parsed: use table or json")
            }
            let environment = ProcessInfo.processInfo.environment
            let rows = try await StackManagerResolver.withManager(
                manager: manager, options: daemons.runnerOptions(environment: environment), environment: environment,
                logger: Logger(label: "mixcompose")
            ) { client, endpoint in
                try await StackRunner(manager: client, endpoint: endpoint) { _ in }.rows(namespace: stack)
            }
            if quiet { return rows.forEach { print(noTrunc ? $0.id : String($0.id.prefix(12))) } }
            if format.lowercased() == "json" { return rows.forEach { print($0.json(truncate: !noTrunc)) } }
            print(StackTaskRow.table(rows, truncate: !noTrunc))
        }
    }
}
