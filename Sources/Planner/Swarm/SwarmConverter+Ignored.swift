import ComposeModel

extension SwarmConverter {
    /// Service fields the stack carries (fully, or reporting the parts it cannot itself).
    static let carriedFields: Set<String> = [
        "image", "build", "command", "entrypoint", "working_dir", "user", "environment", "env_file", "labels",
        "label_file", "hostname", "depends_on", "healthcheck", "deploy", "stop_signal", "stop_grace_period", "networks",
        "ports", "volumes", "secrets", "configs", "read_only", "cap_add", "cap_drop", "isolation", "init", "tty",
        "stdin_open", "sysctls", "ulimits", "logging", "extra_hosts", "dns", "dns_search", "dns_opt", "group_add",
        "credential_spec", "mem_limit", "mem_reservation", "cpus", "pids_limit", "scale",
    ]

    /// One diagnostic per written field a Swarm service cannot run (an error) or that `docker stack deploy`
    /// ignores or has no `ServiceSpec` counterpart for (a warning), so nothing is dropped silently.
    mutating func reportIgnored(_ service: Service, os: DaemonRole) {
        for field in service.fieldMarks.keys.sorted() where !Self.carriedFields.contains(field) && !field.hasPrefix("x-") {
            switch field {
            case "network_mode":
                report(
                    .swarmUnsupported,
                    "network_mode cannot be used in a swarm: a service joins networks (for the host's network, an external network named host)",
                    service, field: field)
            case "volumes_from":
                report(
                    .swarmUnsupported,
                    "volumes_from cannot be used in a swarm: tasks may run on different nodes; share a named volume instead",
                    service, field: field)
            case "restart" where service.deploy?.restartPolicy != nil:
                report(.swarmIgnored, "restart is ignored: deploy.restart_policy is set", service, field: field)
            case "restart":
                continue  // mapped to the restart policy, as the CLI maps it
            case "platform":
                report(
                    .swarmIgnored,
                    "platform is left out: the planned OS (\(os.rawValue)) becomes a placement constraint instead",
                    service, field: field)
            case "links":
                report(
                    .swarmIgnored,
                    "links is ignored by docker stack deploy: services reach each other by service name on a shared network; link aliases do not carry over",
                    service, field: field)
            case "expose":
                report(
                    .swarmIgnored, "expose is ignored: services on one overlay network reach each other on every port",
                    service, field: field)
            case "container_name":
                report(
                    .swarmIgnored, "container_name is ignored: Swarm names task containers <service>.<slot>.<task id>",
                    service, field: field)
            default:
                report(
                    .swarmIgnored, "\(field) is ignored by docker stack deploy (no Swarm service counterpart) and left out",
                    service, field: field)
            }
        }
        if let deploy = service.deploy {
            let resources = [deploy.resources.limits, deploy.resources.reservations].compactMap { $0 }
            if resources.contains(where: { !$0.devices.isEmpty }) {
                report(
                    .swarmIgnored, "deploy.resources devices are left out: Engine API 1.41 services take no device requests",
                    service, field: "deploy")
            }
            if deploy.resources.limits.map({ !$0.genericResources.isEmpty }) == true {
                report(
                    .swarmIgnored, "deploy.resources.limits generic_resources are left out: Swarm reserves them only",
                    service, field: "deploy")
            }
        }
    }
}
