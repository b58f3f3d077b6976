import YAML

/// Decodes one canonical service mapping into `Service`.
enum ServiceDecoder {
    static func decode(_ entry: Node.Mapping.Entry) -> Service {
        var service = Service(name: entry.name, mark: entry.key.mark)
        guard let map = entry.value.mapping else { return service }
        for field in map { service.fieldMarks[field.name] = field.key.mark }
        service.extensions = entry.value.extensionFields
        let s = Fields(map)

        service.image = s.string("image")
        service.build = map["build"].flatMap(PartDecoder.build)
        service.platform = s.string("platform")
        service.pullPolicy = s.string("pull_policy")
        service.pullRefreshAfter = s.string("pull_refresh_after")
        service.command = map["command"].flatMap { $0.isNull ? nil : $0.stringList }
        service.entrypoint = map["entrypoint"].flatMap { $0.isNull ? nil : $0.stringList }
        service.workingDir = s.string("working_dir")
        service.user = s.string("user")
        service.environment = map["environment"]?.optionalStringMap ?? [:]
        service.envFiles = (map["env_file"]?.sequence ?? []).compactMap(PartDecoder.envFile)
        service.labels = map["labels"]?.stringMap ?? [:]
        service.labelFiles = s.list("label_file")
        service.annotations = map["annotations"]?.stringMap ?? [:]
        service.profiles = s.list("profiles")
        service.provider = map["provider"].flatMap(PartDecoder.provider)
        service.models = PartDecoder.models(map["models"])

        service.containerName = s.string("container_name")
        service.hostname = s.string("hostname")
        service.domainname = s.string("domainname")
        service.macAddress = s.string("mac_address")

        service.dependsOn = PartDecoder.dependsOn(map["depends_on"])
        service.links = s.list("links")
        service.externalLinks = s.list("external_links")
        service.volumesFrom = s.list("volumes_from")
        service.healthcheck = map["healthcheck"].flatMap(PartDecoder.healthcheck)
        service.restart = s.string("restart")
        service.scale = map["scale"]?.intValue
        service.deploy = map["deploy"].flatMap(DeployDecoder.deploy)
        service.stopSignal = s.string("stop_signal")
        service.stopGracePeriod = s.string("stop_grace_period")
        service.postStart = (map["post_start"]?.sequence ?? []).compactMap(PartDecoder.hook)
        service.preStop = (map["pre_stop"]?.sequence ?? []).compactMap(PartDecoder.hook)
        service.attach = map["attach"]?.boolValue
        service.develop = map["develop"].flatMap(PartDecoder.develop)

        service.networkMode = s.string("network_mode")
        service.networks = PartDecoder.networks(map["networks"])
        service.ports = (map["ports"]?.sequence ?? []).compactMap(PartDecoder.port)
        service.expose = s.list("expose")
        service.extraHosts = s.list("extra_hosts")
        service.dns = s.list("dns")
        service.dnsOpt = s.list("dns_opt")
        service.dnsSearch = s.list("dns_search")

        service.volumes = (map["volumes"]?.sequence ?? []).compactMap(PartDecoder.volume)
        service.tmpfs = s.list("tmpfs")
        service.secrets = (map["secrets"]?.sequence ?? []).compactMap(PartDecoder.fileReference)
        service.configs = (map["configs"]?.sequence ?? []).compactMap(PartDecoder.fileReference)
        service.storageOpt = map["storage_opt"]?.stringMap ?? [:]

        service.privileged = map["privileged"]?.boolValue
        service.readOnly = map["read_only"]?.boolValue
        service.capAdd = s.list("cap_add")
        service.capDrop = s.list("cap_drop")
        service.securityOpt = s.list("security_opt")
        service.credentialSpec = map["credential_spec"]?.mapping.map {
            Service.CredentialSpec(
                config: $0["config"]?.stringValue, file: $0["file"]?.stringValue, registry: $0["registry"]?.stringValue)
        }
        service.isolation = s.string("isolation")
        service.devices = (map["devices"]?.sequence ?? []).compactMap(PartDecoder.device)
        service.deviceCgroupRules = s.list("device_cgroup_rules")
        service.groupAdd = s.list("group_add")
        service.userNSMode = s.string("userns_mode")
        service.useAPISocket = map["use_api_socket"]?.boolValue

        decodeRuntime(map, s, into: &service)
        return service
    }

    private static func decodeRuntime(_ map: Node.Mapping, _ s: Fields, into service: inout Service) {
        service.ipc = s.string("ipc")
        service.pid = s.string("pid")
        service.uts = s.string("uts")
        service.cgroup = s.string("cgroup")
        service.cgroupParent = s.string("cgroup_parent")
        service.runtime = s.string("runtime")
        service.initProcess = map["init"]?.boolValue
        service.tty = map["tty"]?.boolValue
        service.stdinOpen = map["stdin_open"]?.boolValue
        service.sysctls = map["sysctls"]?.stringMap ?? [:]
        service.ulimits = PartDecoder.ulimits(map["ulimits"])
        service.logging = map["logging"]?.mapping.map {
            Service.Logging(driver: $0["driver"]?.stringValue, options: $0["options"]?.optionalStringMap ?? [:])
        }
        service.cpuCount = map["cpu_count"]?.int64Value
        service.cpuPercent = map["cpu_percent"]?.doubleValue
        service.cpuShares = map["cpu_shares"]?.int64Value
        service.cpuQuota = map["cpu_quota"]?.int64Value
        service.cpuPeriod = map["cpu_period"]?.int64Value
        service.cpuRTPeriod = map["cpu_rt_period"]?.int64Value
        service.cpuRTRuntime = map["cpu_rt_runtime"]?.int64Value
        service.cpus = map["cpus"]?.doubleValue
        service.cpuset = s.string("cpuset")
        service.memLimit = map["mem_limit"]?.int64Value
        service.memReservation = map["mem_reservation"]?.int64Value
        service.memSwappiness = map["mem_swappiness"]?.int64Value
        service.memswapLimit = map["memswap_limit"]?.int64Value
        service.shmSize = map["shm_size"]?.int64Value
        service.pidsLimit = map["pids_limit"]?.int64Value
        service.oomKillDisable = map["oom_kill_disable"]?.boolValue
        service.oomScoreAdj = map["oom_score_adj"]?.int64Value
        service.blkioConfig = map["blkio_config"].flatMap(PartDecoder.blkio)
        service.gpus = (map["gpus"]?.sequence ?? []).compactMap(PartDecoder.deviceRequest)
    }
}

/// Field access on one canonical mapping.
struct Fields {
    let map: Node.Mapping
    init(_ map: Node.Mapping) { self.map = map }
    func string(_ key: String) -> String? { map[key]?.stringValue }
    func list(_ key: String) -> [String] { map[key]?.stringList ?? [] }
}
