import ArgumentParser

@main
struct MixCompose: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mixcompose",
        abstract: "Run one Compose project across a Linux and a Windows Docker daemon.",
        discussion: """
            Exit status: 0 on success; 1 when the project has errors, the plan has errors or a \
            daemon operation failed; 64 for a usage error; 130 when interrupted by Ctrl-C, 143 by SIGTERM, 129 by SIGHUP.
            """,
        version: BuildInfo.versionLine,
        subcommands: [
            ConfigCommand.self, PlanCommand.self, ValidateCommand.self, UpCommand.self, DownCommand.self, PsCommand.self,
            LogsCommand.self, StartCommand.self, StopCommand.self, RestartCommand.self, DoctorCommand.self,
            ExecCommand.self, WatchCommand.self,
            PortCommand.self, TopCommand.self, KillCommand.self, RemoveCommand.self, PauseCommand.self, UnpauseCommand.self,
            WaitCommand.self, ImagesCommand.self,
            ConvertCommand.self,
        ]
    )

    // Declared here too so Compose-style global flags work before the subcommand: `mixcompose -f a.yaml up`.
    @OptionGroup var project: ProjectOptions
    @OptionGroup var daemons: DaemonFlags

    static func main() async {
        await main(ComposeArguments.normalized(Array(CommandLine.arguments.dropFirst())))
    }
}
