import ArgumentParser
import Runner

extension MixCompose {
    struct CreateCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create the project's containers on both daemons without starting them.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @OptionGroup var creation: CreationFlags
        @Argument(help: "Services to create (with their dependencies).") var services: [String] = []

        func run() async throws {
            var options = UpOptions()
            options.noStart = true
            try creation.apply(to: &options)
            options.services = services
            try await RunnerSession.run(project, daemons, services: services) { [options] session in
                try await session.runner.up(session.project, plan: session.plan, options: options)
            }
        }
    }
}
