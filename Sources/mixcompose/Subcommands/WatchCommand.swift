import ArgumentParser
import Runner

extension MixCompose {
    struct WatchCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "watch",
            abstract: "Watch build context for service and rebuild/refresh containers when files are updated.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(help: "Do not build & start services before watching.") var noUp = false
        // Compose's `--prune` is on by default and turned off with `--prune=false` (rewritten to `--no-prune`).
        @Flag(inversion: .prefixedNo, help: "Prune dangling images on rebuild (off: --prune=false).") var prune = true
        @Flag(help: "Hide build output.") var quiet = false
        @Argument(help: "Services to watch (default: every service with develop.watch).") var services: [String] = []

        func run() async throws {
            try await RunnerSession.run(project, daemons, services: services) { [services, noUp, prune] session in
                let runner = session.runner
                let rules = try await runner.watchRules(session.project, services: services)
                var options = WatchOptions()
                options.up.services = services
                options.prune = prune
                if !noUp { try await runner.upBeforeWatch(session.project, plan: session.plan, options: options.up) }
                try await runner.watch(session.project, plan: session.plan, rules: rules, options: options)
            }
        }
    }
}
