/// What an engine runs on, from `GET /info` (a subset of Docker's `SystemInfo`).
package struct SystemInfo: Codable, Sendable, Hashable {
    package var id: String?
    package var name: String?
    /// The daemon's GOOS: `linux` or `windows` (a Windows LCOW daemon still says `windows`).
    package var osType: String?
    package var operatingSystem: String?
    package var osVersion: String?
    /// The storage driver; LCOW daemons report e.g. `windowsfilter (windows) lcow (linux)`.
    package var driver: String?
    /// Default isolation on Windows (`process` or `hyperv`); empty on Linux.
    package var isolation: String?
    package var architecture: String?
    package var serverVersion: String?
    package var kernelVersion: String?
    package var ncpu: Int?
    package var memTotal: Int64?
    package var experimentalBuild: Bool?
    /// The daemon's swarm membership (nil from daemons that do not report it).
    package var swarm: SwarmState?

    enum CodingKeys: String, CodingKey {
        case id = "ID", name = "Name", osType = "OSType", operatingSystem = "OperatingSystem", osVersion = "OSVersion"
        case driver = "Driver", isolation = "Isolation", architecture = "Architecture", serverVersion = "ServerVersion"
        case kernelVersion = "KernelVersion", ncpu = "NCPU", memTotal = "MemTotal", experimentalBuild = "ExperimentalBuild"
        case swarm = "Swarm"
    }

    /// The kind of containers this engine runs, telling a Windows daemon in LCOW mode apart by its driver.
    package var engineOS: EngineOS {
        switch osType?.lowercased() {
        case "windows":
            return driver?.lowercased().contains("lcow") == true ? .windowsLCOW : .windows
        case "linux":
            return .linux
        default:
            return .unknown(osType ?? "")
        }
    }
}

/// The container platform an engine serves.
package enum EngineOS: Sendable, Hashable, CustomStringConvertible {
    /// A Linux dockerd.
    case linux
    /// A Windows dockerd running Windows containers.
    case windows
    /// A Windows dockerd in LCOW mode: Linux containers (and, from 18.03, Windows ones too).
    case windowsLCOW
    /// An `OSType` this client does not know.
    case unknown(String)

    package var description: String {
        switch self {
        case .linux: return "linux"
        case .windows: return "windows"
        case .windowsLCOW: return "windows (lcow)"
        case .unknown(let name): return name.isEmpty ? "unknown" : name
        }
    }
}
