import ArgumentParser
import Runner

extension MixCompose {
    struct StackPsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ps", abstract: "List the tasks of a stack, as docker stack ps does.")

        @OptionGroup var target: ManagerFlags
        @Flag(name: .shortAndLong, help: "Only display task IDs.") var quiet = false
        @Flag(help: "Do not truncate output.") var noTrunc = false
        @Option(help: "Format the output: table, or json (one object per line).") var format = "table"
        @Option(name: .long, help: "Filter by KEY=VALUE: id, name, node, desired-state, … (-f after `stack ps`, as in docker).")
        var filter: [String] = []
        @Argument(help: "The stack's name.") var stack: String

        func run() async throws {
            guard ["table", "json"].contains(format.lowercased()) else {
                throw RunnerError.invalidSetting("format value \"\(format)\" could not be parsed: use table or json")
            }
            let filters = try FilterOption.parse(filter)
            let rows = try await target.withRunner { try await $0.rows(namespace: stack, filters: filters) }
            if quiet { return rows.forEach { print(noTrunc ? $0.id : String($0.id.prefix(12))) } }
            if format.lowercased() == "json" { return rows.forEach { print($0.json(truncate: !noTrunc)) } }
            print(StackTaskRow.table(rows, truncate: !noTrunc))
        }
    }
}
