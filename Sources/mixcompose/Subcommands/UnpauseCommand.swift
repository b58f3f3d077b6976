import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct UnpauseCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unpause", abstract: "Unpause services, on whichever daemon runs them.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Argument(help: "Services to unpause (default: all).") var services: [String] = []

        func run() async throws {
            try await LabelledSession.run(project, daemons) { session in
                try await session.runner.unpause(projectName: session.projectName, services: services, known: try session.selecting(services))
            }
        }
    }
}
