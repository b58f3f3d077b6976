import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct StopCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop the project's containers without removing them.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(name: .shortAndLong, help: "Stop timeout in seconds.") var timeout: Int?
        @Argument(help: "Services to stop (default: all).") var services: [String] = []

        func run() async throws {
            try await LabelledSession.run(project, daemons) { session in
                try await session.runner.stop(projectName: session.projectName, services: services, timeout: timeout)
            }
        }
    }
}
