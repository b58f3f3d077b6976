import ArgumentParser
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Runner

extension MixCompose {
    struct LsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ls",
            abstract: "List Compose projects on both daemons, with their containers' states per daemon.")

        @OptionGroup var daemons: DaemonFlags
        @Flag(name: .shortAndLong, help: "Show all stopped Compose projects.") var all = false
        @Option(help: "Format the output: table, or json (one array; Name, Status, ConfigFiles, and Daemons).") var format = "table"
        @Flag(name: .shortAndLong, help: "Only display project names.") var quiet = false
        @Option(help: "Filter output based on conditions provided (name=REGEX).") var filter: [String] = []

        func run() async throws {
            // Checked before any daemon is asked, with Compose's words (and its exit status 1).
            let filters = try FilterOption.parse(filter)
            if let other = filters.values.keys.sorted().first(where: { $0 != "name" }) {
                throw RunnerError.invalidSetting("invalid filter '\(other)'")
            }
            let patterns = filters.values["name"] ?? []
            guard ["table", "json", "pretty", ""].contains(format.lowercased()) else {
                throw RunnerError.invalidSetting("format value \"\(format)\" could not be parsed: parsing failed")
            }
            try await LabelledSession.connected(daemons) { [all] runner in
                try await runner.projects(all: all)
            } then: { rows in
                show(rows.filter { row in patterns.isEmpty || patterns.contains { Self.matches(row.name, $0) } })
            }
        }

        // As Docker's filters: the value is an unanchored regular expression.
        private static func matches(_ name: String, _ pattern: String) -> Bool {
            guard let expression = try? Regex(pattern) else { return name == pattern }
            return name.firstMatch(of: expression) != nil
        }

        private func show(_ rows: [ProjectRow]) {
            if quiet { return rows.forEach { print($0.name) } }
            print(format.lowercased() == "json" ? ProjectRow.json(rows) : ProjectRow.table(rows))
        }
    }
}
