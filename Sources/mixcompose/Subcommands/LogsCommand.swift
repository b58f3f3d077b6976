import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct LogsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "logs",
            abstract: "Show the output of the project's containers, both daemons merged.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        // Long only: `-f` is the global --file flag every subcommand shares (ArgumentParser rejects a second `-f`).
        @Flag(name: .long, help: "Follow the output (-f after `logs`, as in Docker Compose).") var follow = false
        @Option(name: [.customShort("n"), .long], help: "Lines from the end of each container's output.") var tail: Int?
        @Flag(name: .shortAndLong, help: "Show timestamps.") var timestamps = false
        @Flag(help: "Don't print a prefix on each line.") var noLogPrefix = false
        @Option(help: "Show logs since a timestamp (2013-01-02T13:23:37Z) or relative time (42m).") var since: String?
        @Option(help: "Show logs before a timestamp (2013-01-02T13:23:37Z) or relative time (42m).") var until: String?
        @Option(help: "Index of the container if the service has multiple replicas.") var index: Int?
        @Flag(help: "Accepted as Compose takes it; mixcompose colours nothing.") var noColor = false
        @Argument(help: "Services to show.") var services: [String] = []

        func validate() throws {
            if let index, index > 0, services.count != 1 { throw ValidationError("--index requires one service to be selected") }
            _ = try Self.daemonValue(since, flag: "since")
            _ = try Self.daemonValue(until, flag: "until")
        }

        /// A time flag as the daemon takes it (nil when unset or empty, as Compose leaves it out); a usage error
        /// worded like Docker Compose's when the value is neither a time nor a duration.
        private static func daemonValue(_ value: String?, flag: String) throws -> String? {
            guard let value, !value.isEmpty else { return nil }
            do {
                return try LogTimestamp.daemonValue(value)
            } catch {
                throw ValidationError("invalid value for \"\(flag)\": \(error)")
            }
        }

        func run() async throws {
            var options = LogsOptions()
            options.follow = follow
            options.tail = tail
            options.timestamps = timestamps
            options.prefixes = !noLogPrefix
            options.since = try Self.daemonValue(since, flag: "since")
            options.until = try Self.daemonValue(until, flag: "until")
            options.services = services
            // As in Compose, 0 is no index.
            options.index = index.flatMap { $0 > 0 ? $0 : nil }
            try await LabelledSession.run(project, daemons) { [options] session in
                try await session.runner.logs(projectName: session.projectName, options: options)
            }
        }
    }
}
