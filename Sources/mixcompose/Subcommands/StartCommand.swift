import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct StartCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "start", abstract: "Start the project's existing containers.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags

        @Argument(help: "Services to start (default: all).") var services: [String] = []

        func run() async throws {
            try await LabelledSession.run(project, daemons) { session in
                try await session.runner.start(projectName: session.projectName, services: services)
            }
        }
    }
}
