/// How the user chose daemons: flags (or their environment variables) per role.
package struct DaemonOptions: Sendable, Hashable {
    /// `--linux-host` (env `MIXCOMPOSE_LINUX_HOST`).
    package var linuxHost: String?
    /// `--windows-host` (env `MIXCOMPOSE_WINDOWS_HOST`).
    package var windowsHost: String?
    package var linuxContext: String?
    package var windowsContext: String?
    /// `--windows-standin` (env `MIXCOMPOSE_WINDOWS_STANDIN=1`): a Linux daemon may play the Windows role.
    package var windowsStandIn = false

    /// Options with nothing chosen.
    package init() {}

    /// Options from the environment's `MIXCOMPOSE_*` variables; flags set later override them.
    package init(environment: [String: String]) {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        linuxHost = value("MIXCOMPOSE_LINUX_HOST")
        windowsHost = value("MIXCOMPOSE_WINDOWS_HOST")
        windowsStandIn = ["1", "true", "yes"].contains(value("MIXCOMPOSE_WINDOWS_STANDIN")?.lowercased() ?? "")
    }
}
