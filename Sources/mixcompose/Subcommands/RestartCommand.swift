import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct RestartCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "restart", abstract: "Restart the project's containers.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(name: .shortAndLong, help: "Stop timeout in seconds.") var timeout: Int?
        @Flag(help: "Don't restart the services that depend on them with restart: true.") var noDeps = false
        @Argument(help: "Services to restart (default: all).") var services: [String] = []

        func run() async throws {
            try await LabelledSession.run(project, daemons) { [services, noDeps, timeout] session in
                try await session.runner.restart(
                    projectName: session.projectName, project: session.project, services: services, noDeps: noDeps, timeout: timeout)
            }
        }
    }
}
