import ArgumentParser
import Runner

extension MixCompose {
    /// `docker compose scale`: Compose creates and starts the named services at their new counts, as `up` would
    /// with `--scale` for them, so this is `up -d` of those services (their dependencies too, unless
    /// `--no-deps`), each on the daemon the plan puts it on.
    struct ScaleCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scale", abstract: "Scale services: run NUM containers of each, on the daemon it runs on.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(help: "Don't start the services they depend on (their addresses are taken as they run).") var noDeps = false
        @Argument(help: ArgumentHelp("Services and their container counts.", valueName: "SERVICE=NUM")) var scales: [String] = []

        func validate() throws {
            guard !scales.isEmpty else { throw ValidationError("requires at least 1 arg(s), only received 0") }
            _ = try counts()
        }

        func run() async throws {
            var options = UpOptions()
            options.scale = try counts()
            options.services = options.scale.keys.sorted()
            options.noDeps = noDeps
            try await RunnerSession.run(project, daemons, services: options.services) { [options] session in
                try await session.runner.up(session.project, plan: session.plan, options: options)
            }
        }

        /// Compose's words for a malformed pair.
        private func counts() throws -> [String: Int] {
            try ScaleOption.parse(scales) { "invalid scale specifier: \($0)" }
        }
    }
}
