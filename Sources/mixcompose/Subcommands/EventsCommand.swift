import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EngineAPI
import Runner

extension MixCompose {
    struct EventsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "events",
            abstract: "Receive real time events from the project's containers on both daemons, merged in time order.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(help: "Output events as a stream of json objects (with a daemon field).") var json = false
        @Option(help: "Show all events created since timestamp (2013-01-02T13:23:37Z) or relative time (42m).") var since: String?
        @Option(help: "Stream events until this timestamp (2013-01-02T13:23:37Z) or relative time (42m).") var until: String?
        @Argument(help: "Services whose events to show.") var services: [String] = []

        func run() async throws {
            // As Compose: a time it cannot read fails before anything is asked, with status 1.
            let (from, to) = try (Self.daemonValue(since), Self.daemonValue(until))
            try await LabelledSession.run(project, daemons) { [json, services] session in
                try await session.runner.events(projectName: session.projectName, services: services, since: from, until: to) { line in
                    // Compose prints each event's text (which ends in a newline) with Println: an empty line follows.
                    POSIXIO.writeAll(json ? line.json + "\n" : line.text + "\n\n", to: STDOUT_FILENO)
                }
            }
        }

        /// A time flag as the daemon takes it; nil when unset or empty.
        private static func daemonValue(_ value: String?) throws -> String? {
            guard let value, !value.isEmpty else { return nil }
            do {
                return try LogTimestamp.daemonValue(value)
            } catch {
                throw RunnerError.invalidSetting(error.description)
            }
        }
    }
}
