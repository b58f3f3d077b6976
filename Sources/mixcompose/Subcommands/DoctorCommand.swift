import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct DoctorCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "doctor",
            abstract: "Check both daemons and probe every cross-daemon connection of the running project.",
            discussion: """
                For each role: the endpoint and how it was chosen, the daemon's OS, engine and API versions \
                (in use and the daemon's newest), Docker Desktop, Windows isolation, stand-in. Then each \
                consumer container connects to each injected peer's ports from inside (nc, wget or \
                PowerShell run in the container); an unreachable edge gets a hint and makes the exit status 1.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json
        }

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(help: "Output format: table, or json (one object with daemons and edges).") var format: Format = .table

        func run() async throws {
            let report = try await RunnerSession.run(project, daemons) { session in
                try await session.runner.doctor(projectName: session.project.name)
            }
            print(format == .json ? report.json : report.text)
            if report.hasUnreachable { throw ExitCode.failure }
        }
    }
}
