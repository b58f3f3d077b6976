import ArgumentParser

@main
struct MixCompose: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mixcompose",
        abstract: "Run one Compose project across a Linux and a Windows Docker daemon.",
        discussion: """
            Exit status: 0 on success; 1 when the project has errors, the plan has errors, a \
            daemon operation failed or the command line is wrong (as in Docker Compose); 130 when interrupted by Ctrl-C, 143 by SIGTERM, 129 by SIGHUP.
            """,
        version: BuildInfo.versionLine,
        subcommands: [
            ConfigCommand.self, PlanCommand.self, ValidateCommand.self, UpCommand.self, DownCommand.self, PsCommand.self,
            LogsCommand.self, StartCommand.self, StopCommand.self, RestartCommand.self, DoctorCommand.self,
            ExecCommand.self, WatchCommand.self, RunCommand.self, CreateCommand.self,
            PortCommand.self, TopCommand.self, KillCommand.self, RemoveCommand.self, PauseCommand.self, UnpauseCommand.self,
            WaitCommand.self, ImagesCommand.self, ScaleCommand.self,
            BuildCommand.self, PullCommand.self, PushCommand.self, LsCommand.self, EventsCommand.self, CpCommand.self, ExportCommand.self,
            ConvertCommand.self, StackCommand.self, VersionCommand.self,
        ]
    )

    // Declared here too so Compose-style global flags work before the subcommand: `mixcompose -f a.yaml up`.
    @OptionGroup var project: ProjectOptions
    @OptionGroup var daemons: DaemonFlags

    static func main() async {
        do {
            var command = try parseAsRoot(ComposeArguments.normalized(Array(CommandLine.arguments.dropFirst())))
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            // Docker Compose ends every usage error (unknown flag, missing argument) with status 1, where
            // ArgumentParser uses 64 (EX_USAGE): scripts written for Compose test for 1.
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { printToStandardError(message + "\n") }
            exit(withError: ExitCode.failure)
        }
    }
}
