import ArgumentParser
import ComposeModel
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Runner

extension MixCompose {
    struct ExecCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "exec",
            abstract: "Execute a command in a running container of a service, on the daemon it runs on.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(name: .shortAndLong, help: "Run the command in the background.") var detach = false
        @Flag(name: [.customShort("T"), .customLong("no-tty")], help: "Disable pseudo-TTY allocation (default: a TTY when stdout is one).")
        var noTTY = false
        // Compose accepts -i and ignores it: stdin is always attached unless detached.
        @Flag(name: .shortAndLong, help: .hidden) var interactive = false
        @Option(name: .shortAndLong, help: "Set environment variables (KEY=VALUE, or KEY to pass it on).") var env: [String] = []
        @Option(name: .shortAndLong, help: "Run the command as this user.") var user: String?
        @Option(name: .shortAndLong, help: "Path to the working directory for this command.") var workdir: String?
        @Option(help: "Index of the container if the service has multiple replicas.") var index: Int?
        @Flag(help: "Give extended privileges to the process.") var privileged = false
        @Argument(parsing: .captureForPassthrough, help: "SERVICE COMMAND [ARGS...]") var arguments: [String] = []

        func validate() throws {
            guard arguments.count >= 2 else { throw ValidationError("exec requires at least 2 arguments: SERVICE COMMAND") }
        }

        func run() async throws {
            var options = ExecOptions(service: arguments[0], command: Array(arguments.dropFirst()))
            options.detach = detach
            options.tty = !noTTY && !detach && Terminal.isTerminal(1)
            options.environment = EnvironmentOption.entries(env)
            options.user = user
            options.workingDir = workdir
            options.index = index
            options.privileged = privileged
            let raw = options.tty && Terminal.isTerminal(0)
            let io = Terminal.processIO(detached: detach, tty: options.tty)
            let code = try await RunnerSession.run(project, daemons) { [options] session in
                let run = { try await session.runner.exec(projectName: session.project.name, plan: session.plan, options: options, io: io) }
                return raw ? try await Terminal.withRawInput(run) : try await run()
            }
            if code != 0 { throw ExitCode(Int32(truncatingIfNeeded: code)) }
        }
    }
}
