import ComposeModel

/// What a Windows container cannot do (windows-engine-facts §1.1–1.3): errors for options the
/// daemon rejects, warnings for options it silently ignores.
extension ServiceRules {
    mutating func checkWindows(fileBindSources: Set<String>) {
        checkWindowsRejected()
        checkWindowsResources()
        checkWindowsPorts()
        checkWindowsMounts(fileBindSources: fileBindSources)
        checkWindowsIgnored()
    }

    private mutating func checkWindowsRejected() {
        if service.privileged == true {
            report(.winPrivileged, "privileged mode is not supported for Windows containers", field: "privileged")
        }
        if service.networkMode == "host" {
            report(.winHostNetwork, "network_mode: host does not exist on Windows", field: "network_mode")
        }
        if service.readOnly == true {
            report(.winReadOnly, "read_only is not supported for Windows containers", field: "read_only")
        }
        for device in service.devices where !Self.isWindowsDevice(device.source) {
            report(
                .winDevices, "device \(device.source) is not a Windows device (class/<GUID> or <IDType>://<ID>)",
                at: device.mark)
        }
        for option in service.securityOpt where !option.lowercased().hasPrefix("credentialspec=") {
            report(
                .winSecurityOpt, "security_opt \(option) is not supported on Windows (only credentialspec=)",
                field: "security_opt")
        }
        if let isolation = service.isolation, !["", "default", "process", "hyperv"].contains(isolation.lowercased()) {
            report(.winIsolation, "isolation: \(isolation) is not default, process or hyperv", field: "isolation")
        }
    }

    private mutating func checkWindowsResources() {
        if service.credentialSpec != nil {
            report(
                .winCredentialSpec,
                "credential_spec is not passed to the daemon, as in Docker Compose; write security_opt: [\"credentialspec=file://…\"]",
                field: "credential_spec")
        }
        if !service.ulimits.isEmpty {
            report(.winUlimits, "ulimits are not supported on Windows", field: "ulimits")
        }
        if let pids = service.pidsLimit, pids != 0 {
            report(.winPidsLimit, "pids_limit is not supported on Windows", field: "pids_limit")
        }
        if let pids = service.deploy?.resources.limits?.pids, pids != 0 {
            report(.winPidsLimit, "deploy.resources.limits.pids is not supported on Windows", field: "deploy")
        }
        let memory: [(String, Bool)] = [
            ("memswap_limit", service.memswapLimit.map { $0 != 0 } ?? false),
            ("mem_swappiness", service.memSwappiness != nil),
            ("mem_reservation", service.memReservation.map { $0 != 0 } ?? false),
            ("oom_kill_disable", service.oomKillDisable == true),
        ]
        for (field, isSet) in memory where isSet {
            report(.winMemory, "\(field) is not supported on Windows", field: field)
        }
        if let reservation = service.deploy?.resources.reservations?.memory, reservation != 0 {
            report(.winMemory, "deploy.resources.reservations.memory is not supported on Windows", field: "deploy")
        }
        let cpu: [(String, Bool)] = [
            ("cpuset", service.cpuset != nil), ("cpu_period", service.cpuPeriod != nil),
            ("cpu_rt_period", service.cpuRTPeriod != nil), ("cpu_rt_runtime", service.cpuRTRuntime != nil),
            ("blkio_config", service.blkioConfig != nil), ("cgroup_parent", service.cgroupParent != nil),
        ]
        for (field, isSet) in cpu where isSet {
            report(.winCPU, "\(field) is not supported on Windows", field: field)
        }
    }

    private mutating func checkWindowsPorts() {
        for port in service.ports {
            guard let published = port.published, !published.isEmpty else { continue }
            if let hostIP = port.hostIP, !["", "0.0.0.0", "::", "[::]"].contains(hostIP) {
                report(
                    .winPortHostIP,
                    "port \(hostIP):\(published):\(port.target) binds a host IP, which Windows NAT cannot",
                    at: port.mark)
            }
            if let range = PortRange(published), range.count > 1 {
                report(
                    .winPortRange,
                    "port \(published):\(port.target) publishes a host port range to one container port, which Windows NAT cannot",
                    at: port.mark)
            }
            if !["tcp", "udp"].contains(port.protocol.lowercased()) {
                report(
                    .winPortProtocol,
                    "port \(published):\(port.target)/\(port.protocol): Windows NAT publishes only tcp and udp",
                    at: port.mark)
            }
        }
    }

    private mutating func checkWindowsIgnored() {
        let ignored: [(String, Bool)] = [
            ("cap_add", !service.capAdd.isEmpty), ("cap_drop", !service.capDrop.isEmpty),
            ("sysctls", !service.sysctls.isEmpty), ("shm_size", service.shmSize != nil),
            ("pid", service.pid != nil), ("ipc", service.ipc != nil), ("uts", service.uts != nil),
            ("userns_mode", service.userNSMode != nil), ("cgroup", service.cgroup != nil),
            ("init", service.initProcess == true),
        ]
        for (field, isSet) in ignored where isSet {
            report(.winIgnored, "\(field) is ignored by Windows containers", field: field)
        }
        if !service.extraHosts.isEmpty {
            report(
                .winExtraHosts,
                "extra_hosts is never written into a Windows container's hosts file; use environment variables",
                field: "extra_hosts")
        }
        if !service.dnsOpt.isEmpty {
            report(.winDNSOpt, "dns_opt is not supported on Windows", field: "dns_opt")
        }
    }

    /// `class/<GUID>` or `<IDType>://<ID>`, the only device forms Windows takes.
    static func isWindowsDevice(_ source: String) -> Bool {
        source.lowercased().hasPrefix("class/") || source.contains("://")
    }
}
