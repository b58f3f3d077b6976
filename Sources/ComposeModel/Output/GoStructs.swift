/// The compose-go (v2.9) structs below a service, for writing a service as Go's `json.Marshal` does:
/// a struct's fields in declaration order (a map's keys are sorted, as everywhere else), which is what
/// Compose hashes into `com.docker.compose.config-hash`. Names are the YAML keys of the loaded tree.
enum GoStructs {
    /// What a node below a service is in Go.
    enum Kind: Equatable {
        /// A struct of the named type: its keys print in field order.
        case structure(String)
        /// A slice of the named struct type.
        case list(String)
        /// A map whose values are the named struct type (its own keys sorted).
        case map(String)
    }

    /// The kind of the value under `key` in a struct of `kind`, when it is a struct or holds structs.
    static func field(_ key: String, of kind: Kind?) -> Kind? {
        guard case .structure(let type) = kind else { return nil }
        return children[type]?[key]
    }

    /// The kind of the items of a slice, or the values of a map, of `kind`.
    static func element(of kind: Kind?) -> Kind? {
        switch kind {
        case .list(let type), .map(let type): .structure(type)
        case .structure, nil: nil
        }
    }

    /// The field position of `key` in a struct of `kind` (nil outside structs, or for an unknown field).
    static func position(_ key: String, in kind: Kind?) -> Int? {
        guard case .structure(let type) = kind else { return nil }
        return positions[type]?[key]
    }

    private static let positions: [String: [String: Int]] = fields.mapValues { names in
        Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
    }

    private static let fields: [String: [String]] = [
        "ServiceConfig": [
            "profiles", "annotations", "attach", "build", "develop", "blkio_config", "cap_add", "cap_drop",
            "cgroup_parent", "cgroup", "cpu_count", "cpu_percent", "cpu_period", "cpu_quota", "cpu_rt_period",
            "cpu_rt_runtime", "cpus", "cpuset", "cpu_shares", "command", "configs", "container_name", "credential_spec",
            "depends_on", "deploy", "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search", "dockerfile",
            "domainname", "entrypoint", "provider", "environment", "env_file", "expose", "extends", "external_links",
            "extra_hosts", "group_add", "gpus", "hostname", "healthcheck", "image", "init", "ipc", "isolation", "labels",
            "label_file", "links", "logging", "log_driver", "log_opt", "mem_limit", "mem_reservation", "memswap_limit",
            "mem_swappiness", "mac_address", "models", "net", "network_mode", "networks", "oom_kill_disable",
            "oom_score_adj", "pid", "pids_limit", "platform", "ports", "privileged", "pull_policy", "read_only", "restart",
            "runtime", "scale", "secrets", "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal",
            "storage_opt", "sysctls", "tmpfs", "tty", "ulimits", "use_api_socket", "user", "userns_mode", "uts",
            "volume_driver", "volumes", "volumes_from", "working_dir", "post_start", "pre_stop",
        ],
        "BlkioConfig": [
            "weight", "weight_device", "device_read_bps", "device_read_iops", "device_write_bps", "device_write_iops",
        ],
        "WeightDevice": ["path", "weight"],
        "ThrottleDevice": ["path", "rate"],
        "DevelopConfig": ["watch"],
        "Trigger": ["path", "action", "target", "exec", "include", "ignore", "initial_sync"],
        "ServiceHook": ["command", "user", "privileged", "working_dir", "environment"],
        "FileReferenceConfig": ["source", "target", "uid", "gid", "mode"],
        "CredentialSpecConfig": ["config", "file", "registry"],
        "DeployConfig": [
            "mode", "replicas", "labels", "update_config", "rollback_config", "resources", "restart_policy", "placement",
            "endpoint_mode",
        ],
        "UpdateConfig": ["parallelism", "delay", "failure_action", "monitor", "max_failure_ratio", "order"],
        "Resources": ["limits", "reservations"],
        "Resource": ["cpus", "memory", "pids", "devices", "generic_resources"],
        "DeviceRequest": ["capabilities", "driver", "count", "device_ids", "options"],
        "GenericResource": ["discrete_resource_spec"],
        "DiscreteGenericResource": ["kind", "value"],
        "RestartPolicy": ["condition", "delay", "max_attempts", "window"],
        "Placement": ["constraints", "preferences", "max_replicas_per_node"],
        "PlacementPreferences": ["spread"],
        "DeviceMapping": ["source", "target", "permissions"],
        "ServiceProviderConfig": ["type", "options"],
        "EnvFile": ["path", "required", "format"],
        "ExtendsConfig": ["file", "service"],
        "HealthCheckConfig": ["test", "timeout", "interval", "retries", "start_period", "start_interval", "disable"],
        "LoggingConfig": ["driver", "options"],
        "ServiceModelConfig": ["endpoint_var", "model_var"],
        "ServiceNetworkConfig": [
            "aliases", "driver_opts", "gw_priority", "interface_name", "ipv4_address", "ipv6_address", "link_local_ips",
            "mac_address", "priority",
        ],
        "ServicePortConfig": ["name", "mode", "host_ip", "target", "published", "protocol", "app_protocol"],
        "UlimitsConfig": ["single", "soft", "hard"],
        "ServiceVolumeConfig": ["type", "source", "target", "read_only", "consistency", "bind", "volume", "tmpfs", "image"],
        "ServiceVolumeBind": ["selinux", "propagation", "create_host_path", "recursive"],
        "ServiceVolumeVolume": ["labels", "nocopy", "subpath"],
        "ServiceVolumeTmpfs": ["size", "mode"],
        "ServiceVolumeImage": ["subpath"],
    ]

    private static let children: [String: [String: Kind]] = [
        "ServiceConfig": [
            "develop": .structure("DevelopConfig"), "blkio_config": .structure("BlkioConfig"),
            "configs": .list("FileReferenceConfig"), "secrets": .list("FileReferenceConfig"),
            "credential_spec": .structure("CredentialSpecConfig"), "deploy": .structure("DeployConfig"),
            "devices": .list("DeviceMapping"), "provider": .structure("ServiceProviderConfig"),
            "env_file": .list("EnvFile"), "extends": .structure("ExtendsConfig"), "gpus": .list("DeviceRequest"),
            "healthcheck": .structure("HealthCheckConfig"), "logging": .structure("LoggingConfig"),
            "models": .map("ServiceModelConfig"), "networks": .map("ServiceNetworkConfig"),
            "ports": .list("ServicePortConfig"), "ulimits": .map("UlimitsConfig"),
            "volumes": .list("ServiceVolumeConfig"), "post_start": .list("ServiceHook"), "pre_stop": .list("ServiceHook"),
        ],
        "BlkioConfig": [
            "weight_device": .list("WeightDevice"), "device_read_bps": .list("ThrottleDevice"),
            "device_read_iops": .list("ThrottleDevice"), "device_write_bps": .list("ThrottleDevice"),
            "device_write_iops": .list("ThrottleDevice"),
        ],
        "DevelopConfig": ["watch": .list("Trigger")],
        "Trigger": ["exec": .structure("ServiceHook")],
        "DeployConfig": [
            "update_config": .structure("UpdateConfig"), "rollback_config": .structure("UpdateConfig"),
            "resources": .structure("Resources"), "restart_policy": .structure("RestartPolicy"),
            "placement": .structure("Placement"),
        ],
        "Resources": ["limits": .structure("Resource"), "reservations": .structure("Resource")],
        "Resource": ["devices": .list("DeviceRequest"), "generic_resources": .list("GenericResource")],
        "GenericResource": ["discrete_resource_spec": .structure("DiscreteGenericResource")],
        "Placement": ["preferences": .list("PlacementPreferences")],
        "ServiceVolumeConfig": [
            "bind": .structure("ServiceVolumeBind"), "volume": .structure("ServiceVolumeVolume"),
            "tmpfs": .structure("ServiceVolumeTmpfs"), "image": .structure("ServiceVolumeImage"),
        ],
    ]
}
