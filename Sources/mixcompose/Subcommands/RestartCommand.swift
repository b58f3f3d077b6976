import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct RestartCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "restart", abstract: "Restart the project's containers.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(name: .shortAndLong, help: "Stop timeout in seconds.") var timeout: Int?
        @Argument(help: "Services to restart (default: all).") var services: [String] = []

        func run() async throws {
            try await LabelledSession.run(project, daemons) { session in
                try await session.runner.restart(projectName: session.projectName, services: services, timeout: timeout)
            }
        }
    }
}
