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
        @Flag(name: .shortAndLong, help: "Only display container IDs.") var quiet = false
        @Flag(name: .customLong("services"), help: "Only display the services of the listed containers.") var onlyServices = false
        @Argument(help: "Services to list.") var services: [String] = []

        func run() async throws {
            try await LabelledSession.run(project, daemons) { session in
                try await session.runner.ps(projectName: session.projectName, services: services, all: all)
            } then: { rows in
                show(rows)
            }
        }

        private func show(_ rows: [ContainerRow]) {
            if quiet { return rows.forEach { print($0.record.id) } }
            if onlyServices {
                var seen: Set<String> = []
                return rows.compactMap(\.record.service).filter { seen.insert($0).inserted }.forEach { print($0) }
            }
            switch format {
            case .table: print(ContainerRow.table(rows))
            case .json: for row in rows { print(row.jsonLine) }
            }
        }
    }
}
