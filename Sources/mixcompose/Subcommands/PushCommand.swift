import ArgumentParser
import Runner

extension MixCompose {
    struct PushCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "push",
            abstract: "Push the images of services with build: and image: from the daemon each runs on, to the registry image: names.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(help: "Push what it can and ignore images with push failures.") var ignorePushFailures = false
        @Flag(help: "Also push images of services declared as dependencies.") var includeDeps = false
        @Flag(name: .shortAndLong, help: "Push without printing progress information.") var quiet = false
        @Argument(help: "Services to push.") var services: [String] = []

        func run() async throws {
            var options = TransferOptions()
            options.services = services
            options.ignoreFailures = ignorePushFailures
            options.includeDeps = includeDeps
            try await RunnerSession.run(project, daemons, quiet: quiet) { [options] session in
                try await session.runner.push(session.project, plan: session.plan, options: options)
            }
        }
    }
}
