import ArgumentParser
import Runner

/// Which daemon plays which role, shared by the commands that talk to daemons.
struct DaemonFlags: ParsableArguments {
    @Option(help: ArgumentHelp("Docker host for Linux containers (env MIXCOMPOSE_LINUX_HOST).", valueName: "url"))
    var linuxHost: String?

    @Option(help: ArgumentHelp("Docker host for Windows containers (env MIXCOMPOSE_WINDOWS_HOST).", valueName: "url"))
    var windowsHost: String?

    @Option(help: ArgumentHelp("Docker CLI context for Linux containers.", valueName: "name"))
    var linuxContext: String?

    @Option(help: ArgumentHelp("Docker CLI context for Windows containers.", valueName: "name"))
    var windowsContext: String?

    @Flag(help: "Let a Linux daemon play the Windows role, for testing (env MIXCOMPOSE_WINDOWS_STANDIN=1).")
    var windowsStandin = false

    @Option(help: ArgumentHelp("OS for services nothing else places: linux or windows.", valueName: "os"))
    var defaultOS: String = "linux"

    @Option(help: ArgumentHelp("Progress output: auto, tty or plain (env COMPOSE_PROGRESS).", valueName: "type"))
    var progress: ProgressMode = .auto
}

extension ProgressMode: ExpressibleByArgument {}

extension DaemonFlags {
    /// The runner's daemon options: the `MIXCOMPOSE_*` environment first, flags over it.
    func runnerOptions(environment: [String: String]) -> DaemonOptions {
        var options = DaemonOptions(environment: environment)
        if let linuxHost { options.linuxHost = linuxHost }
        if let windowsHost { options.windowsHost = windowsHost }
        if let linuxContext { options.linuxContext = linuxContext }
        if let windowsContext { options.windowsContext = windowsContext }
        if windowsStandin { options.windowsStandIn = true }
        return options
    }
}
