import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct PauseCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "pause", abstract: "Pause services, on whichever daemon runs them.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Argument(help: "Services to pause (default: all).") var services: [String] = []

        func run() async throws {
            try await LabelledSession.run(project, daemons) { session in
                try await session.runner.pause(projectName: session.projectName, services: services, known: try session.selecting(services))
            }
        }
    }
}
