import ComposeModel

/// The stable diagnostic codes the planner emits: `MXC1xx` placement and graph, `MXC2xx` options a
/// Windows container cannot honour, `MXC3xx` options a Linux container cannot honour, `MXC4xx`
/// problems across the two daemons, `MXC5xx` service fields not carried out, `MXC6xx` what `convert --format kubernetes` cannot carry over, `MXC7xx` what a Swarm stack cannot carry over or changes. docs/validate.md lists each with the same summary.
package struct PlanCode: Sendable, Hashable {
    package var id: String
    package var severity: Diagnostic.Severity
    /// A one-line description (SARIF rule `shortDescription`).
    package var summary: String

    // Placement and graph.
    static let badDaemon = PlanCode("MXC101", .error, "`x-mixcompose.daemon` is not `linux` or `windows`")
    static let badExtension = PlanCode(
        "MXC102", .warning, "`x-mixcompose` has an unknown key or a value of the wrong shape")
    static let unknownPlatformOS = PlanCode(
        "MXC103", .warning, "`platform:` names an OS that is neither linux nor windows")
    static let daemonOverridesPlatform = PlanCode(
        "MXC104", .warning,
        "`x-mixcompose.daemon` overrides a `platform:` of the other OS, which needs a daemon that runs such containers")
    static let undefinedService = PlanCode("MXC110", .error, "a reference to a service that is not defined")
    static let disabledService = PlanCode("MXC111", .error, "a required reference to a service disabled by profiles")
    static let cycle = PlanCode(
        "MXC112", .error, "a dependency cycle, printed as `a -> b -> a` with the location of every edge")
    static let userSetVariable = PlanCode(
        "MXC120", .warning, "a peer variable (`<PEER>_HOST`) is not injected because the service sets it itself")
    static let variableCollision = PlanCode("MXC121", .warning, "two peers map to the same `<PEER>_HOST` variable name")

    // Windows containers.
    static let winPrivileged = PlanCode("MXC201", .error, "`privileged` is not supported for Windows containers")
    static let winHostNetwork = PlanCode("MXC202", .error, "`network_mode: host` does not exist on Windows")
    static let winTmpfs = PlanCode("MXC203", .error, "`tmpfs` mounts are not supported on Windows")
    static let winReadOnly = PlanCode("MXC204", .error, "`read_only` is not supported for Windows containers")
    static let winDevices = PlanCode(
        "MXC205", .error, "`devices` on Windows only take `class/<GUID>` or `<IDType>://<ID>`")
    static let winUlimits = PlanCode("MXC206", .error, "`ulimits` are not supported on Windows")
    static let winPidsLimit = PlanCode("MXC207", .error, "`pids_limit` is not supported on Windows")
    static let winMemory = PlanCode(
        "MXC208", .error,
        "memory swap settings (`memswap_limit`, `mem_swappiness`, `mem_reservation`, `oom_kill_disable`) are not supported on Windows"
    )
    static let winCPU = PlanCode(
        "MXC209", .error,
        "`cpuset`, `cpu_period`, `cpu_rt_*`, `blkio_config` and `cgroup_parent` are not supported on Windows")
    static let winSecurityOpt = PlanCode("MXC210", .error, "`security_opt` on Windows only takes `credentialspec=`")
    static let winPortHostIP = PlanCode("MXC211", .error, "Windows NAT cannot publish a port on a specific host IP")
    static let winPortRange = PlanCode(
        "MXC212", .error, "Windows NAT cannot publish a range of host ports to one container port")
    static let winPortProtocol = PlanCode("MXC213", .error, "Windows NAT publishes only tcp and udp")
    static let winFileBind = PlanCode(
        "MXC214", .error,
        "Windows can only bind-mount directories, not single files (a warning when the file is only guessed from the name)"
    )
    static let winLinuxPath = PlanCode(
        "MXC215", .error, "a Linux-style container path (`/data`) where Windows needs a drive path (`C:\\data`)")
    static let winDriveRoot = PlanCode("MXC216", .error, "a mount target that is a drive root (`C:\\`)")
    static let winIsolation = PlanCode("MXC217", .error, "`isolation` on Windows is `default`, `process` or `hyperv`")
    static let winSecretTarget = PlanCode(
        "MXC218", .warning, "a secret or config target that is a Linux path in a Windows container")
    static let winIgnored = PlanCode(
        "MXC220", .warning,
        "an option Windows ignores (`cap_add`, `cap_drop`, `sysctls`, `shm_size`, `pid`, `ipc`, `uts`, `userns_mode`, `cgroup`, `init`)"
    )
    static let winExtraHosts = PlanCode(
        "MXC221", .warning, "`extra_hosts` is accepted but never written into a Windows container's hosts file")
    static let winDNSOpt = PlanCode("MXC222", .warning, "`dns_opt` is not supported on Windows")
    static let winCredentialSpec = PlanCode(
        "MXC223", .warning,
        "`credential_spec` is not passed to the daemon (Docker Compose drops it too); use `security_opt: [credentialspec=…]`")

    // Linux containers.
    static let linuxPipe = PlanCode("MXC301", .error, "a named pipe mount (`\\\\.\\pipe\\…`) in a Linux container")
    static let linuxWindowsPath = PlanCode(
        "MXC302", .error, "a Windows path (`C:\\app`) as a Linux container's mount target or working directory")
    static let linuxIsolation = PlanCode(
        "MXC303", .error, "`isolation: process` or `hyperv` in a Linux container, where only `default` exists")
    static let linuxCredentialSpec = PlanCode(
        "MXC304", .warning, "`credential_spec` (gMSA) has no effect in a Linux container")
    static let linuxCPUPercent = PlanCode(
        "MXC305", .warning, "`cpu_count`/`cpu_percent` are Windows-only and discarded by a Linux daemon")

    // Fields not carried out.
    static let unsupportedField = PlanCode(
        "MXC501", .warning,
        "a service field mixcompose does not carry out (`use_api_socket`, `post_start`, `pre_stop`, `provider`, `models`)")

    // Across daemons.
    static let portClash = PlanCode(
        "MXC401", .error, "two services publish the same host port and protocol on the same host address")
    static let crossNamespace = PlanCode(
        "MXC402", .error, "`network_mode` (or `ipc`/`pid`/`uts`/`cgroup`) `service:x` where x runs on the other daemon")
    static let crossVolumesFrom = PlanCode("MXC403", .error, "`volumes_from` a service on the other daemon")
    static let crossLinkName = PlanCode(
        "MXC404", .warning, "a `links` name or alias that cannot resolve because the peer runs on the other daemon")
    static let crossNameInEnv = PlanCode(
        "MXC405", .warning,
        "an environment value uses the host name of a service on the other daemon that will not resolve")

    // Kubernetes conversion (`convert --format kubernetes`, `validate --target kubernetes`).
    static let k8sUnconverted = PlanCode(
        "MXC601", .warning, "a service field or value with no counterpart in the Kubernetes manifests, left out")
    static let k8sWindows = PlanCode(
        "MXC602", .warning,
        "a Windows feature that needs cluster setup in Kubernetes (`isolation: hyperv`, named pipe mounts, `credential_spec` gMSA)")
    static let k8sOrder = PlanCode(
        "MXC603", .warning, "a `depends_on` order Kubernetes does not keep (no init container can wait for it)")
    static let k8sContent = PlanCode(
        "MXC604", .warning,
        "a mount, secret or config whose content is not carried into the cluster (host directory, unreadable file, external object)")

    // Swarm conversion (`stack deploy`, `validate --target swarm`).
    static let swarmUnsupported = PlanCode(
        "MXC701", .error,
        "a service field Swarm cannot run (`build:` without `image:`, `network_mode`, `volumes_from`, an unknown `deploy.mode`, …)")
    static let swarmIgnored = PlanCode(
        "MXC702", .warning, "a service field `docker stack deploy` ignores or that has no Swarm service counterpart, left out")
    static let swarmEndpoint = PlanCode(
        "MXC703", .warning,
        "a service gets `endpoint_mode: dnsrr`: a Windows service reaches it (moby/moby#41354), or the swarm has no routing mesh")
    static let swarmPortMode = PlanCode(
        "MXC704", .warning, "an ingress-mode published port becomes `mode: host` (dnsrr services and swarms without a routing mesh)")
    static let swarmWindows = PlanCode(
        "MXC705", .warning,
        "a Windows fact of Swarm (no encrypted overlay networks on Windows nodes, `credential_spec` needs gMSA on the nodes)")
    static let swarmContent = PlanCode(
        "MXC706", .error, "a secret or config whose content cannot be read (missing file, unset environment variable)")

    /// Every code, sorted by id.
    package static let all: [PlanCode] = [
        badDaemon, badExtension, unknownPlatformOS, daemonOverridesPlatform, undefinedService, disabledService, cycle,
        userSetVariable, variableCollision,
        winPrivileged, winHostNetwork, winTmpfs, winReadOnly, winDevices, winUlimits, winPidsLimit, winMemory, winCPU,
        winSecurityOpt, winPortHostIP, winPortRange, winPortProtocol, winFileBind, winLinuxPath, winDriveRoot,
        winIsolation, winSecretTarget, winIgnored, winExtraHosts, winDNSOpt, winCredentialSpec,
        linuxPipe, linuxWindowsPath, linuxIsolation, linuxCredentialSpec, linuxCPUPercent,
        portClash, crossNamespace, crossVolumesFrom, crossLinkName, crossNameInEnv, unsupportedField,
        k8sUnconverted, k8sWindows, k8sOrder, k8sContent,
        swarmUnsupported, swarmIgnored, swarmEndpoint, swarmPortMode, swarmWindows, swarmContent,
    ]

    /// The code with `id`, if the planner defines it.
    package static func named(_ id: String) -> PlanCode? { all.first { $0.id == id } }

    init(_ id: String, _ severity: Diagnostic.Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }
}
