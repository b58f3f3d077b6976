import ArgumentParser
import Foundation
import Runner

extension MixCompose {
    struct EventsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "events",
            abstract: "Receive real time events from the project's containers on both daemons, merged in time order.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(help: "Output events as a stream of json objects (with a daemon field).") var json = false
        @Argument(help: "Services whose events to show.") var services: [String] = []

        func run() async throws {
            try await LabelledSession.run(project, daemons) { [json, services] session in
                try await session.runner.events(projectName: session.projectName, services: services) { line in
                    FileHandle.standardOutput.write(Data(((json ? line.json : line.text) + "\n").utf8))
                }
            }
        }
    }
}
