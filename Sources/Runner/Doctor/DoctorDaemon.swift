import EngineAPI
import Planner

/// One role's daemon as `doctor` reports it: where it is, who chose it, and what it runs.
package struct DoctorDaemon: Sendable, Hashable, Encodable {
    package var role: String
    package var endpoint: String
    /// How the endpoint was chosen (`--windows-host`, `x-mixcompose.linux.context`, `DOCKER_HOST`, …).
    package var origin: String
    /// The container OS it runs (`linux`, `windows`).
    package var os: String
    /// `/info`'s `OperatingSystem`.
    package var operatingSystem: String
    package var serverVersion: String
    /// The API version in use.
    package var apiVersion: String
    /// The newest API version the daemon speaks, when it says.
    package var maximumAPIVersion: String?
    package var dockerDesktop: Bool
    /// Windows' default isolation (`process`, `hyperv`); empty on Linux.
    package var isolation: String
    /// A Linux daemon playing the Windows role (`--windows-standin`).
    package var standIn: Bool

    /// The report of `daemon`, with the maximum API version it announced.
    init(_ daemon: Daemon, maximumAPIVersion: String?) {
        role = daemon.role.rawValue
        endpoint = daemon.address
        origin = daemon.origin
        os = daemon.facts.containerOS
        operatingSystem = daemon.facts.operatingSystem
        serverVersion = daemon.facts.serverVersion
        apiVersion = daemon.facts.apiVersion.description
        self.maximumAPIVersion = maximumAPIVersion
        dockerDesktop = daemon.facts.isDockerDesktop
        isolation = daemon.facts.isolation
        standIn = daemon.isStandIn
    }

    enum CodingKeys: String, CodingKey {
        case role, endpoint, origin, os, operatingSystem = "operating_system", serverVersion = "server_version"
        case apiVersion = "api_version", maximumAPIVersion = "max_api_version", dockerDesktop = "docker_desktop"
        case isolation, standIn = "stand_in"
    }
}
