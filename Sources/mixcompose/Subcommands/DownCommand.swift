import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct DownCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "down",
            abstract: "Stop and remove the project's containers and networks on both daemons.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(name: .shortAndLong, help: "Also remove named volumes declared by the project and anonymous volumes.")
        var volumes = false
        @Flag(help: "Remove containers of services not in the project.") var removeOrphans = false
        @Option(name: .shortAndLong, help: "Stop timeout in seconds.") var timeout: Int?
        @Flag(help: "Show what would be done without doing it.") var dryRun = false
        @Option(help: ArgumentHelp("Remove images used by services: local (built for the project) or all.", valueName: "type"))
        var rmi: ImageRemoval?

        func run() async throws {
            var options = DownOptions()
            options.volumes = volumes
            options.removeOrphans = removeOrphans
            options.timeout = timeout
            options.dryRun = dryRun
            options.images = rmi
            try await LabelledSession.run(project, daemons, dryRun: dryRun) { [options] session in
                try await session.runner.down(projectName: session.projectName, project: session.project, options: options)
            }
        }
    }
}

extension ImageRemoval: ExpressibleByArgument {}
