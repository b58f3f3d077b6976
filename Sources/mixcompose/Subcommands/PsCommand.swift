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
        @Option(help: ArgumentHelp(
            "Only containers in this state (repeatable): paused, restarting, removing, running, dead, created or exited.",
            valueName: "status"))
        var status: [String] = []
        @Option(help: ArgumentHelp("Filter by a property; Compose's one is status (status=running).", valueName: "KEY=VALUE"))
        var filter: String?
        @Flag(help: "Don't truncate the command.") var noTrunc = false
        @Flag(inversion: .prefixedNo, help: "Include containers of services the file does not declare (--orphans=false too).")
        var orphans = true
        @Argument(help: "Services to list.") var services: [String] = []

        func validate() throws { _ = try states() }

        func run() async throws {
            let states = try states()
            try await LabelledSession.run(project, daemons) { [services, all, orphans] session in
                var listed = services
                // As Compose: without names, --orphans=false lists only the services the file declares.
                if let known = try session.selecting(services), services.isEmpty, !orphans { listed = known.sorted() }
                return try await session.runner.ps(projectName: session.projectName, services: listed, all: all, states: states)
            } then: { rows in
                show(rows)
            }
        }

        /// `--status` and `--filter status=…` together, with Compose's errors for a filter it does not take.
        private func states() throws -> [String] {
            guard let filter else { return status }
            let parts = filter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { throw ValidationError("arguments to --filter should be in form KEY=VAL") }
            switch parts[0] {
            case "status": return status + [parts[1]]
            case "source": throw ValidationError("not implemented")
            default: throw ValidationError("unknown filter \(parts[0])")
            }
        }

        private func show(_ rows: [ContainerRow]) {
            if quiet { return rows.forEach { print($0.record.id) } }
            if onlyServices {
                var seen: Set<String> = []
                return rows.compactMap(\.record.service).filter { seen.insert($0).inserted }.forEach { print($0) }
            }
            switch format {
            case .table: print(ContainerRow.table(rows, truncate: !noTrunc))
            case .json: for row in rows { print(row.jsonLine(truncate: !noTrunc)) }
            }
        }
    }
}
