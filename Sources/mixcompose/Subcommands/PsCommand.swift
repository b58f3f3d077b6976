import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct PsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ps",
            abstract: "List the project's containers on both daemons.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json
        }

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(help: "Output format: table, or json (one object per line).") var format: Format = .table
        @Flag(name: .shortAndLong, help: "Show stopped containers too.") var all = false
        @Argument(help: "Services to list.") var services: [String] = []

        func run() async throws {
            let rows = try await RunnerSession.run(project, daemons) { session in
                try await session.runner.ps(projectName: session.project.name, services: services, all: all)
            }
            switch format {
            case .table: print(ContainerRow.table(rows))
            case .json: for row in rows { print(row.jsonLine) }
            }
        }
    }
}
