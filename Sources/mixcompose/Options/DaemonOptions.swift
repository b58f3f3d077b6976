import ArgumentParser

/// Which daemon plays which role, shared by the commands that talk to daemons.
struct DaemonOptions: ParsableArguments {
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
}
