import ArgumentParser
import Runner

extension MixCompose {
    struct UpCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "up",
            abstract: "Create and start the project's containers on both daemons.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(name: .shortAndLong, help: "Run in the background.") var detach = false
        @Flag(help: "Wait until services are running or healthy (implies --detach).") var wait = false
        @Option(help: "Seconds to wait for dependencies and --wait (0: no limit).") var waitTimeout: Int = 300
        @OptionGroup var creation: CreationFlags
        @Option(name: .shortAndLong, help: "Seconds to wait before killing a container up stops (recreated, scaled down, attached and stopped).")
        var timeout: Int?
        @Flag(help: "Show what would be done without doing it.") var dryRun = false
        @Flag(help: "Don't start the services they depend on (their addresses are taken as they run).") var noDeps = false
        @Flag(help: "Stop all containers if any container stops. Incompatible with -d.") var abortOnContainerExit = false
        @Option(help: ArgumentHelp("Exit with this service's exit code (implies --abort-on-container-exit).", valueName: "SERVICE"))
        var exitCodeFrom: String?
        @Flag(name: [.customShort("w"), .long], help: "Watch source code and rebuild/refresh containers when files are updated.")
        var watch = false
        @Argument(help: "Services to start (with their dependencies).") var services: [String] = []

        func validate() throws {
            if abortOnContainerExit || exitCodeFrom != nil, detach || wait {
                throw ValidationError("--abort-on-container-exit and --exit-code-from need attached mode: not with --detach or --wait")
            }
            if watch, detach || wait {
                let flag = wait ? "--wait" : "--detach"
                throw ValidationError(
                    "\(flag) cannot be combined with --abort-on-container-exit, --abort-on-container-failure, --attach, --attach-dependencies or --watch")
            }
            if watch && creation.noBuild { throw ValidationError("--no-build and --watch are incompatible") }
        }

        func run() async throws {
            var options = UpOptions()
            try creation.apply(to: &options)
            options.wait = wait
            options.timeout = waitTimeout > 0 ? waitTimeout : nil
            options.stopTimeout = timeout
            options.dryRun = dryRun
            options.services = services
            options.noDeps = noDeps
            options.abortOnContainerExit = abortOnContainerExit
            options.exitCodeFrom = exitCodeFrom
            let attached = !(detach || wait || dryRun)
            // Attached, the first Ctrl-C lets `up` finish and then stops the project, as Docker Compose does.
            let status = try await RunnerSession.run(
                project, daemons, services: services, dryRun: dryRun, interrupt: attached ? .notify : .cancel
            ) { [options, watch] session -> Int32 in
                guard attached else {
                    try await session.runner.up(session.project, plan: session.plan, options: options)
                    return 0
                }
                var watching: (rules: [WatchRule], options: WatchOptions)?
                if watch {
                    // Checked before anything is created, unlike Compose, which reports it after creating the containers.
                    let rules = try await session.runner.watchRules(session.project, services: options.services, forUp: true)
                    var watchOptions = WatchOptions()
                    watchOptions.up = options
                    watchOptions.marked = true
                    // Compose prunes only in `watch`, not in `up --watch`.
                    watchOptions.prune = false
                    watching = (rules, watchOptions)
                }
                return try await session.runner.upAttached(
                    session.project, plan: session.plan, options: options, watching: watching, interrupted: session.interrupted)
            }
            if status != 0 { throw ExitCode(status) }
        }
    }
}

extension PullPolicy: ExpressibleByArgument {}
