import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct RemoveCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rm", abstract: "Remove stopped service containers, on whichever daemon holds them.",
            discussion: """
                Anonymous volumes attached to the containers are kept unless -v is given. Without -f, asks for \
                confirmation: on a terminal `? … (y/N)`; otherwise the question is printed and one word read from \
                stdin, where only y, 1, t or true means yes (no input means no, and nothing is removed).
                """)

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(name: .long, help: "Don't ask to confirm removal (-f after rm).") var force = false
        @Flag(name: .shortAndLong, help: "Stop the containers, if required, before removing.") var stop = false
        @Flag(name: .shortAndLong, help: "Remove any anonymous volumes attached to containers.") var volumes = false
        // Compose accepts -a and ignores it (deprecated).
        @Flag(name: .shortAndLong, help: .hidden) var all = false
        @Argument(help: "Services to remove (default: all).") var services: [String] = []

        func run() async throws {
            var stopped: [ContainerRow] = []
            try await LabelledSession.run(project, daemons) { [services, stop, force, volumes] session in
                let runner = session.runner
                let known = try session.selecting(services)
                // As Compose, -s stops the file's services only (orphans are left running, and so not removed).
                let stopping = services.isEmpty ? known.map { $0.sorted() } ?? [] : services
                if stop { try await runner.stop(projectName: session.projectName, services: stopping) }
                let found = try await runner.removableContainers(projectName: session.projectName, services: services, known: known)
                if force, !found.isEmpty {
                    await runner.sink.log(service: "", container: "", line: Self.question(found))
                    try await runner.remove(found, volumes: volumes)
                }
                return found
            } then: { stopped = $0 }
            guard !stopped.isEmpty else { return printToStandardError("No stopped containers\n") }
            // The question is asked between two sessions, so no progress display is drawn over it.
            guard !force, Confirmation.ask(Self.question(stopped)) else { return }
            try await LabelledSession.run(project, daemons) { [stopped, volumes] session in
                try await session.runner.remove(stopped, volumes: volumes)
            }
        }

        static func question(_ containers: [ContainerRow]) -> String {
            "Going to remove " + containers.map(\.name).joined(separator: ", ")
        }
    }
}
