import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct RunCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run a one-off command on a service, on the daemon it runs on, its dependencies first.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(name: .shortAndLong, help: "Run the container in the background and print its ID.") var detach = false
        @Flag(help: "Remove the container when it exits.") var rm = false
        @Flag(name: [.customShort("T"), .customLong("no-TTY")], help: "Disable pseudo-TTY allocation (default: a TTY on a terminal).")
        var noTTY = false
        @Flag(name: .shortAndLong, help: "Keep stdin open (the default; also gives a TTY when only stdout is a terminal).")
        var interactive = false
        @Option(name: .shortAndLong, help: "Set environment variables (KEY=VALUE, or KEY to pass it on).") var env: [String] = []
        @Option(name: .shortAndLong, help: "Run as this user or uid.") var user: String?
        @Option(name: .shortAndLong, help: "Working directory inside the container.") var workdir: String?
        @Option(name: .shortAndLong, help: "Bind mount a volume (SOURCE:TARGET[:OPTIONS]).") var volume: [String] = []
        @Option(name: .customLong("publish"), help: "Publish a container's port to the host, also as -p ([[IP:]HOST:]CONTAINER[/PROTO]).")
        var publish: [String] = []
        @Option(help: "Assign a name to the container.") var name: String?
        @Option(help: "Override the entrypoint of the image.") var entrypoint: String?
        @Flag(help: "Don't start the services it depends on.") var noDeps = false
        @Flag(name: [.customShort("P"), .long], help: "Publish the service's ports as its file says.") var servicePorts = false
        @Flag(help: "Use the service's network aliases in the networks the container joins.") var useAliases = false
        @Flag(help: "Build the image before starting the container.") var build = false
        @Option(help: "Pull images: missing, always or never.") var pull: PullPolicy = .missing
        @Flag(help: "Remove containers of services not in the project.") var removeOrphans = false
        @Option(name: .shortAndLong, help: "Add or override a label (KEY=VALUE).") var label: [String] = []
        @Option(help: ArgumentHelp("Add a Linux capability.", valueName: "cap")) var capAdd: [String] = []
        @Option(help: ArgumentHelp("Drop a Linux capability.", valueName: "cap")) var capDrop: [String] = []
        @Option(help: ArgumentHelp("Set environment variables from a file (after -e, which wins).", valueName: "file"))
        var envFromFile: [String] = []
        @Flag(name: .shortAndLong, help: "Don't print anything to STDOUT (progress included).") var quiet = false
        @Flag(help: "Pull without printing progress information.") var quietPull = false
        @Flag(help: "Accepted as Compose takes it; mixcompose shows no build output.") var quietBuild = false
        @Argument(parsing: .captureForPassthrough, help: "SERVICE [COMMAND] [ARGS...]") var arguments: [String] = []

        func validate() throws {
            guard !arguments.isEmpty else { throw ValidationError("requires at least 1 arg(s), only received 0") }
            if servicePorts && !publish.isEmpty { throw ValidationError("--service-ports and --publish are incompatible") }
            if label.contains(where: { !$0.contains("=") }) { throw ValidationError("label must be set as KEY=VALUE") }
        }

        func run() async throws {
            let options = try runOptions()
            let io = Terminal.processIO(detached: detach, tty: options.tty && !detach)
            // Attached, the container's output takes the terminal: dependencies' progress is plain lines.
            var flags = daemons
            if !detach && flags.progress == .auto { flags.progress = .plain }
            let raw = options.tty && !detach && Terminal.isTerminal(0)
            // Named, the service is enabled whatever its profiles, as Compose enables it.
            let code = try await RunnerSession.run(project, flags, services: [options.service], quiet: quiet) { [options] session in
                let run = {
                    try await session.runner.run(session.project, plan: session.plan, options: options, io: io) { id in
                        Terminal.write(Array("\(id)\n".utf8), to: 1)
                    }
                }
                return raw ? try await Terminal.withRawInput(run) : try await run()
            }
            if code != 0 { throw ExitCode(Int32(truncatingIfNeeded: code)) }
        }

        /// The options as Compose reads them (`cmd/compose/run.go`).
        private func runOptions() throws -> RunOptions {
            var options = RunOptions(service: arguments[0])
            options.command = Array(arguments.dropFirst())
            options.detach = detach
            options.remove = rm
            // Compose: a TTY when stdout is a terminal, unless stdin is not one and neither -T nor -i was given.
            options.tty = !noTTY && Terminal.isTerminal(1) && (Terminal.isTerminal(0) || interactive)
            // Compose's -i is on unless `-i=false`, detached too (the container keeps stdin open).
            options.interactive = true
            for entry in EnvironmentOption.entries(env) {
                let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                options.environment[String(parts[0])] = String(parts[1])
            }
            try EnvironmentOption.merge(files: envFromFile, into: &options.environment)
            options.capAdd = capAdd
            options.capDrop = capDrop
            options.user = user
            options.workingDir = workdir
            options.name = name
            do {
                options.volumes = try volume.map { try Service.ServiceVolume.parse(short: $0) }
                options.ports = try publish.flatMap { try Service.Port.parse(short: $0) }
                options.entrypoint = try entrypoint.map { try ShellWords.split($0) }
            } catch {
                throw ValidationError("\(error)")
            }
            options.servicePorts = servicePorts
            options.useAliases = useAliases
            options.up.noDeps = noDeps
            for entry in label {
                let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                options.labels[String(parts[0])] = String(parts[1])
            }
            options.up.build = build
            options.up.pull = pull
            options.up.removeOrphans = removeOrphans
            options.up.quietPull = quietPull
            return options
        }
    }
}
