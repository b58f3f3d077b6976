import ArgumentParser
import Runner

extension MixCompose {
    struct CreateCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create the project's containers on both daemons without starting them.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(help: "Build images before creating containers, even when they are present.") var build = false
        @Flag(help: "Don't build images, even when they are missing.") var noBuild = false
        @Option(help: "Pull images: missing, always or never.") var pull: PullPolicy = .missing
        @Flag(help: "Recreate containers even if their configuration is unchanged.") var forceRecreate = false
        @Flag(help: "Keep existing containers even if their configuration changed.") var noRecreate = false
        @Flag(help: "Remove containers of services not in the project.") var removeOrphans = false
        @Option(help: ArgumentHelp("Create NUM containers of SERVICE (overrides scale in the file).", valueName: "SERVICE=NUM"))
        var scale: [String] = []
        @Argument(help: "Services to create (with their dependencies).") var services: [String] = []

        func validate() throws {
            _ = try ScaleOption.parse(scale)
            if build && noBuild { throw ValidationError("--build and --no-build are incompatible") }
            if forceRecreate && noRecreate { throw ValidationError("--force-recreate and --no-recreate are incompatible") }
        }

        func run() async throws {
            var options = UpOptions()
            options.noStart = true
            options.build = build
            options.noBuild = noBuild
            options.pull = pull
            options.forceRecreate = forceRecreate
            options.noRecreate = noRecreate
            options.removeOrphans = removeOrphans
            options.services = services
            options.scale = try ScaleOption.parse(scale)
            try await RunnerSession.run(project, daemons, services: services) { [options] session in
                try await session.runner.up(session.project, plan: session.plan, options: options)
            }
        }
    }
}
