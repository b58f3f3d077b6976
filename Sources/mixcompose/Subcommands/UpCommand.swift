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
        @Flag(help: "Stop all containers if any container exits with a non-zero code, and exit with it. Incompatible with -d.")
        var abortOnContainerFailure = false
        @Option(help: ArgumentHelp("Exit with this service's exit code (implies --abort-on-container-exit).", valueName: "SERVICE"))
        var exitCodeFrom: String?
        @Option(help: ArgumentHelp("Show only these services' output (repeatable).", valueName: "SERVICE")) var attach: [String] = []
        @Option(help: ArgumentHelp("Don't show these services' output (repeatable).", valueName: "SERVICE")) var noAttach: [String] = []
        @Flag(help: "Show the output of the services' dependencies too.") var attachDependencies = false
        @Flag(help: "Don't start lines with the container's name.") var noLogPrefix = false
        @Flag(help: "Start lines with the daemon's timestamp.") var timestamps = false
        @Flag(help: "Accepted as Compose takes it; mixcompose colours nothing.") var noColor = false
        @Flag(help: "Create the containers without starting them, as create does.") var noStart = false
        @Flag(name: [.customShort("V"), .long], help: "Recreate anonymous volumes instead of reusing the previous containers' data.")
        var renewAnonVolumes = false
        @Flag(help: "Recreate the containers of the services they depend on too.") var alwaysRecreateDeps = false
        @Flag(help: "Accepted as Compose takes it; mixcompose shows no build output.") var quietBuild = false
        @Flag(name: [.customShort("w"), .long], help: "Watch source code and rebuild/refresh containers when files are updated.")
        var watch = false
        @Argument(help: "Services to start (with their dependencies).") var services: [String] = []

        /// Compose's `validateFlags`, with its words.
        func validate() throws {
            // `--exit-code-from` implies `--abort-on-container-exit`, unless `--abort-on-container-failure` is given.
            let cascadeStop = abortOnContainerExit || (exitCodeFrom != nil && !abortOnContainerFailure)
            if cascadeStop && abortOnContainerFailure {
                throw ValidationError("--abort-on-container-failure cannot be combined with --abort-on-container-exit")
            }
            if wait, attachDependencies || cascadeStop || !attach.isEmpty {
                throw ValidationError("--wait cannot be combined with --abort-on-container-exit, --attach or --attach-dependencies")
            }
            if detach || wait, attachDependencies || cascadeStop || abortOnContainerFailure || !attach.isEmpty || watch {
                let flag = wait ? "--wait" : "--detach"
                throw ValidationError(
                    "\(flag) cannot be combined with --abort-on-container-exit, --abort-on-container-failure, --attach, --attach-dependencies or --watch")
            }
            if !attach.isEmpty && attachDependencies { throw ValidationError("cannot combine --attach and --attach-dependencies") }
            if renewAnonVolumes && creation.noRecreate { throw ValidationError("--no-recreate and --renew-anon-volumes are incompatible") }
            if alwaysRecreateDeps && creation.noRecreate { throw ValidationError("--always-recreate-deps and --no-recreate are incompatible") }
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
            options.abortOnContainerFailure = abortOnContainerFailure
            options.exitCodeFrom = exitCodeFrom
            options.attach.only = attach
            options.attach.never = noAttach
            options.attach.dependencies = attachDependencies
            options.logPrefixes = !noLogPrefix
            options.timestamps = timestamps
            options.noStart = noStart
            options.renewAnonymousVolumes = renewAnonVolumes
            options.alwaysRecreateDependencies = alwaysRecreateDeps
            // `--no-start` is Compose's create: nothing to attach to.
            let attached = !(detach || wait || dryRun || noStart)
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
