import ArgumentParser
import Runner

extension MixCompose {
    struct PullCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pull",
            abstract: "Pull service images, each on the daemon its service runs on, with the docker CLI's registry credentials.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(help: "Pull what it can and ignore images with pull failures.") var ignorePullFailures = false
        @Flag(help: "Also pull services declared as dependencies.") var includeDeps = false
        @Flag(name: .shortAndLong, help: "Pull without printing progress information.") var quiet = false
        @Flag(help: "Ignore images that can be built.") var ignoreBuildable = false
        @Option(help: "Apply pull policy: missing or always.") var policy: PullPolicy?
        @Argument(help: "Services to pull.") var services: [String] = []

        func run() async throws {
            var options = TransferOptions()
            options.services = services
            options.ignoreFailures = ignorePullFailures
            options.includeDeps = includeDeps
            options.ignoreBuildable = ignoreBuildable
            options.policy = policy
            try await RunnerSession.run(project, daemons, quiet: quiet) { [options] session in
                try await session.runner.pull(session.project, plan: session.plan, options: options)
            }
        }
    }
}
