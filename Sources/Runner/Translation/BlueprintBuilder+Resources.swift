import ComposeModel
import EngineAPI

extension BlueprintBuilder {
    /// The resource part of the host config as Compose's `getDeployResources` fills it: the service's
    /// own fields first, then `deploy.resources` limits and reservations where they are set (they win).
    static func applyResources(of service: Service, to host: inout HostConfig) {
        host.cgroupParent = service.cgroupParent
        host.memory = service.memLimit
        host.memorySwap = service.memswapLimit
        host.memorySwappiness = service.memSwappiness.flatMap { $0 == 0 ? nil : $0 }
        host.memoryReservation = service.memReservation
        // Compose always sends the flag, false unless set.
        host.oomKillDisable = service.oomKillDisable ?? false
        host.cpuCount = service.cpuCount
        host.cpuPeriod = service.cpuPeriod
        host.cpuQuota = service.cpuQuota
        host.cpuRealtimePeriod = service.cpuRTPeriod
        host.cpuRealtimeRuntime = service.cpuRTRuntime
        host.cpuShares = service.cpuShares.map { Int($0) }
        host.nanoCpus = service.cpus.map { Int64($0 * 1e9) }
        host.cpuPercent = service.cpuPercent.map { Int64($0 * 100) }
        host.cpusetCpus = service.cpuset
        host.deviceCgroupRules = service.deviceCgroupRules.isEmpty ? nil : service.deviceCgroupRules
        host.pidsLimit = service.pidsLimit.flatMap { $0 == 0 ? nil : $0 }
        applyBlkio(service.blkioConfig, to: &host)
        if let limits = service.deploy?.resources.limits {
            if let memory = limits.memory, memory != 0 { host.memory = memory }
            if let cpus = limits.cpus, cpus != 0 { host.nanoCpus = Int64(cpus * 1e9) }
            if let pids = limits.pids, pids > 0 { host.pidsLimit = pids }
        }
        var requests: [HostConfig.DeviceRequest] = []
        if let reservations = service.deploy?.resources.reservations {
            if let memory = reservations.memory, memory != 0 { host.memoryReservation = memory }
            requests += reservations.devices.map { deviceRequest($0, capabilities: $0.capabilities) }
        }
        // Devices named by a qualified CDI name on both sides go to the CDI driver.
        let cdi = service.devices.filter { $0.source == $0.target && isQualifiedCDIName($0.source) }
        let mapped = service.devices.filter { !($0.source == $0.target && isQualifiedCDIName($0.source)) }
        host.devices = mapped.isEmpty ? nil : mapped.map {
            HostConfig.DeviceMapping(pathOnHost: $0.source, pathInContainer: $0.target, cgroupPermissions: $0.permissions)
        }
        if !cdi.isEmpty { requests.append(HostConfig.DeviceRequest(driver: "cdi", deviceIDs: cdi.map(\.source))) }
        requests += service.gpus.map { deviceRequest($0, capabilities: $0.capabilities + ["gpu"]) }
        host.deviceRequests = requests.isEmpty ? nil : requests
        host.ulimits = service.ulimits.isEmpty ? nil : service.ulimits.keys.sorted().compactMap { name in
            guard let limit = service.ulimits[name] else { return nil }
            return HostConfig.Ulimit(
                name: name, soft: limit.soft ?? limit.single ?? 0, hard: limit.hard ?? limit.single ?? 0)
        }
    }

    static func deviceRequest(_ request: Service.DeviceRequest, capabilities: [String]) -> HostConfig.DeviceRequest {
        HostConfig.DeviceRequest(
            driver: request.driver ?? "", count: request.count ?? 0,
            deviceIDs: request.deviceIDs.isEmpty ? nil : request.deviceIDs, capabilities: [capabilities],
            options: request.options.isEmpty ? nil : request.options)
    }

    /// `vendor.example/class=name`: a CDI device name as the CDI package qualifies it.
    static func isQualifiedCDIName(_ name: String) -> Bool {
        guard let slash = name.firstIndex(of: "/"), let equals = name.lastIndex(of: "="), slash < equals else { return false }
        let vendor = name[..<slash]
        let className = name[name.index(after: slash)..<equals]
        let device = name[name.index(after: equals)...]
        return vendor.contains(".") && !className.isEmpty && !device.isEmpty && !className.contains("/")
    }

    private static func applyBlkio(_ config: Service.BlkioConfig?, to host: inout HostConfig) {
        guard let config else { return }
        func throttles(_ limits: [Service.BlkioConfig.DeviceLimit]) -> [HostConfig.ThrottleDevice]? {
            limits.isEmpty ? nil : limits.map { HostConfig.ThrottleDevice(path: $0.path, rate: $0.rate ?? 0) }
        }
        host.blkioWeight = config.weight.map { Int($0) }
        host.blkioWeightDevice = config.weightDevice.isEmpty ? nil : config.weightDevice.map {
            HostConfig.WeightDevice(path: $0.path, weight: Int($0.weight ?? 0))
        }
        host.blkioDeviceReadBps = throttles(config.deviceReadBps)
        host.blkioDeviceWriteBps = throttles(config.deviceWriteBps)
        host.blkioDeviceReadIOps = throttles(config.deviceReadIOps)
        host.blkioDeviceWriteIOps = throttles(config.deviceWriteIOps)
    }
}
