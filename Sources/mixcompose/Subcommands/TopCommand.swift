import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct TopCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "top", abstract: "Display the running processes, with the daemon of each container.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Argument(help: "Services to show (default: all).") var services: [String] = []

        func run() async throws {
            try await LabelledSession.run(project, daemons) { session in
                try await session.runner.top(projectName: session.projectName, services: services)
            } then: { entries in
                TopTable.lines(entries).forEach { print($0) }
            }
        }
    }
}
