/// The host-side settings of a container (`HostConfig`); sent at create and reported by inspect.
package struct HostConfig: Codable, Sendable, Hashable {
    /// `source:target[:options]` entries.
    package var binds: [String]?
    package var mounts: [Mount]?
    /// Keys like `80/tcp`.
    package var portBindings: [String: [PortBinding]]?
    /// `bridge`, `host`, `none`, `container:<id>` or a network name (`nat` on Windows).
    package var networkMode: String?
    package var restartPolicy: RestartPolicy?
    /// `host:IP` entries; stored but never applied by Windows daemons.
    package var extraHosts: [String]?
    package var dns: [String]?
    package var dnsSearch: [String]?
    package var dnsOptions: [String]?
    package var capAdd: [String]?
    package var capDrop: [String]?
    package var privileged: Bool?
    package var readonlyRootfs: Bool?
    package var tmpfs: [String: String]?
    package var sysctls: [String: String]?
    package var ulimits: [Ulimit]?
    package var shmSize: Int64?
    package var `init`: Bool?
    /// `default`, `process` or `hyperv` (Windows).
    package var isolation: String?
    package var securityOpt: [String]?
    package var devices: [DeviceMapping]?
    package var memory: Int64?
    package var memoryReservation: Int64?
    package var memorySwap: Int64?
    package var nanoCpus: Int64?
    package var pidsLimit: Int64?
    package var logConfig: LogConfig?
    package var volumesFrom: [String]?
    package var links: [String]?
    package var groupAdd: [String]?
    package var ipcMode: String?
    package var pidMode: String?
    package var runtime: String?
    package var oomKillDisable: Bool?
    package var cpuShares: Int?
    package var cpusetCpus: String?
    package var storageOpt: [String: String]?
    package var autoRemove: Bool?
    package var annotations: [String: String]?
    package var cgroupParent: String?
    /// `private` or `host` (cgroup v2 namespaces).
    package var cgroupnsMode: String?
    package var utsMode: String?
    package var usernsMode: String?
    package var oomScoreAdj: Int?
    package var volumeDriver: String?
    /// Set to `[]` for `security_opt: systempaths=unconfined`.
    package var maskedPaths: [String]?
    package var readonlyPaths: [String]?
    package var memorySwappiness: Int64?
    package var cpuPeriod: Int64?
    package var cpuQuota: Int64?
    package var cpuRealtimePeriod: Int64?
    package var cpuRealtimeRuntime: Int64?
    /// Windows only.
    package var cpuCount: Int64?
    /// Windows only.
    package var cpuPercent: Int64?
    package var deviceCgroupRules: [String]?
    package var deviceRequests: [DeviceRequest]?
    package var blkioWeight: Int?
    package var blkioWeightDevice: [WeightDevice]?
    package var blkioDeviceReadBps: [ThrottleDevice]?
    package var blkioDeviceWriteBps: [ThrottleDevice]?
    package var blkioDeviceReadIOps: [ThrottleDevice]?
    package var blkioDeviceWriteIOps: [ThrottleDevice]?

    /// A host config with nothing set.
    package init() {}

    enum CodingKeys: String, CodingKey {
        case binds = "Binds", mounts = "Mounts", portBindings = "PortBindings", networkMode = "NetworkMode"
        case restartPolicy = "RestartPolicy", extraHosts = "ExtraHosts", dns = "Dns", dnsSearch = "DnsSearch"
        case dnsOptions = "DnsOptions", capAdd = "CapAdd", capDrop = "CapDrop", privileged = "Privileged"
        case readonlyRootfs = "ReadonlyRootfs", tmpfs = "Tmpfs", sysctls = "Sysctls", ulimits = "Ulimits"
        case shmSize = "ShmSize", `init` = "Init", isolation = "Isolation", securityOpt = "SecurityOpt"
        case devices = "Devices", memory = "Memory", memoryReservation = "MemoryReservation"
        case memorySwap = "MemorySwap", nanoCpus = "NanoCpus", pidsLimit = "PidsLimit", logConfig = "LogConfig"
        case volumesFrom = "VolumesFrom", links = "Links", groupAdd = "GroupAdd", ipcMode = "IpcMode"
        case pidMode = "PidMode", runtime = "Runtime", oomKillDisable = "OomKillDisable", cpuShares = "CpuShares"
        case cpusetCpus = "CpusetCpus", storageOpt = "StorageOpt", autoRemove = "AutoRemove"
        case annotations = "Annotations", cgroupParent = "CgroupParent", cgroupnsMode = "CgroupnsMode"
        case utsMode = "UTSMode", usernsMode = "UsernsMode", oomScoreAdj = "OomScoreAdj", volumeDriver = "VolumeDriver"
        case maskedPaths = "MaskedPaths", readonlyPaths = "ReadonlyPaths", memorySwappiness = "MemorySwappiness"
        case cpuPeriod = "CpuPeriod", cpuQuota = "CpuQuota", cpuRealtimePeriod = "CpuRealtimePeriod"
        case cpuRealtimeRuntime = "CpuRealtimeRuntime", cpuCount = "CpuCount", cpuPercent = "CpuPercent"
        case deviceCgroupRules = "DeviceCgroupRules", deviceRequests = "DeviceRequests", blkioWeight = "BlkioWeight"
        case blkioWeightDevice = "BlkioWeightDevice", blkioDeviceReadBps = "BlkioDeviceReadBps"
        case blkioDeviceWriteBps = "BlkioDeviceWriteBps", blkioDeviceReadIOps = "BlkioDeviceReadIOps"
        case blkioDeviceWriteIOps = "BlkioDeviceWriteIOps"
    }
}
