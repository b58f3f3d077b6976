import EngineAPI

/// What a daemon says about itself: the OS it runs containers for and the API version in use.
package struct DaemonFacts: Sendable, Hashable {
    package var os: EngineOS
    /// The daemon's name or host name, for messages.
    package var name: String
    /// The server version (`20.10.24`), for messages.
    package var serverVersion: String
    /// True when the negotiated API version accepts `platform` on container create (1.41+).
    package var supportsCreatePlatform: Bool
    /// The API version negotiated with the daemon: create requests take some fields only from a version
    /// on (several networks and per-endpoint MAC addresses from 1.44), as in Docker Compose.
    package var apiVersion: APIVersion
    /// `/info`'s `OperatingSystem` (`Docker Desktop`, `Debian GNU/Linux 12 (bookworm)`), for `doctor`.
    package var operatingSystem: String
    /// `/info`'s default `Isolation` on Windows (`process`, `hyperv`); empty on Linux.
    package var isolation: String

    /// Creates facts.
    package init(
        os: EngineOS, name: String = "", serverVersion: String = "", supportsCreatePlatform: Bool = true,
        apiVersion: APIVersion = APIVersion(1, 41), operatingSystem: String = "", isolation: String = ""
    ) {
        self.operatingSystem = operatingSystem
        self.isolation = isolation
        self.os = os
        self.name = name
        self.serverVersion = serverVersion
        self.supportsCreatePlatform = supportsCreatePlatform
        self.apiVersion = apiVersion
    }

    /// The facts `/info` gives, with the API version negotiated with the daemon.
    package init(info: SystemInfo, apiVersion: APIVersion, supportsCreatePlatform: Bool) {
        self.init(
            os: info.engineOS, name: info.name ?? "", serverVersion: info.serverVersion ?? "",
            supportsCreatePlatform: supportsCreatePlatform, apiVersion: apiVersion, operatingSystem: info.operatingSystem ?? "",
            isolation: info.isolation ?? "")
    }

    /// The container OS this daemon runs: an LCOW daemon says `windows` but runs Linux containers.
    package var containerOS: String {
        switch os {
        case .linux, .windowsLCOW: return "linux"
        case .windows: return "windows"
        case .unknown(let name): return name
        }
    }

    /// True for Docker Desktop's engines, which say so in `/info` (`OperatingSystem` or the VM's name).
    package var isDockerDesktop: Bool {
        operatingSystem == "Docker Desktop" || name == "docker-desktop"
    }

    /// True for Docker Desktop's Linux engine: it runs in a VM, so its container IPs do not route from
    /// the host or from the other engine.
    package var isDesktopLinuxEngine: Bool { isDockerDesktop && os == .linux }
}
