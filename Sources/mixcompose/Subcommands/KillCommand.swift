import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct KillCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kill", abstract: "Force stop service containers, on whichever daemon runs them.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(name: .shortAndLong, help: "SIGNAL to send to the container.") var signal = "SIGKILL"
        @Flag(help: "Also kill containers of services not in the project.") var removeOrphans = false
        @Argument(help: "Services to kill (default: all).") var services: [String] = []

        func run() async throws {
            try await LabelledSession.run(project, daemons) { session in
                let known = try session.selecting(services)
                return try await session.runner.kill(
                    projectName: session.projectName, services: services, known: removeOrphans ? nil : known, signal: signal)
            } then: { killed in
                // Compose's words, without a line end.
                if !killed { printToStandardError("no container to kill") }
            }
        }
    }
}
