import ComposeModel

extension KubernetesConverter {
    /// Service fields the conversion carries over (fully, or reporting the parts it cannot itself).
    static let convertedFields: Set<String> = [
        "image", "build", "platform", "command", "entrypoint", "working_dir", "environment", "env_file", "depends_on",
        "healthcheck", "ports", "expose", "volumes", "secrets", "configs", "tty", "stdin_open", "privileged",
        "read_only", "cap_add", "cap_drop", "user", "scale", "mem_limit", "mem_reservation", "cpus",
        "stop_grace_period", "pull_policy", "profiles",
    ]

    /// Deploy keys the conversion carries over: replicas and CPU/memory limits and reservations.
    static let convertedDeployKeys: Set<String> = ["replicas", "resources"]

    /// One warning per written field that the manifests do not carry, with the OS-specific reason where
    /// there is one (Hyper-V isolation, gMSA), so nothing is dropped silently.
    mutating func reportUnconverted(_ service: Service, os: DaemonRole) {
        for field in service.fieldMarks.keys.sorted() where !Self.convertedFields.contains(field) && !field.hasPrefix("x-") {
            switch field {
            case "isolation" where service.isolation?.lowercased() == "hyperv":
                report(
                    .k8sWindows,
                    "isolation: hyperv is not converted: Hyper-V isolated pods need a RuntimeClass the cluster's Windows nodes provide (containerd with Hyper-V); set spec.runtimeClassName yourself",
                    service, field: field)
            case "isolation" where os == .windows:
                continue  // `process`/`default`: what Windows nodes run anyway
            case "credential_spec":
                report(
                    .k8sWindows,
                    "credential_spec (gMSA) is not converted: the cluster needs the gMSA webhook and a GMSACredentialSpec resource; then set securityContext.windowsOptions.gmsaCredentialSpecName",
                    service, field: field)
            case "security_opt" where service.securityOpt.contains(where: { $0.lowercased().hasPrefix("credentialspec") }):
                report(
                    .k8sWindows,
                    "security_opt credentialspec (gMSA) is not converted: the cluster needs the gMSA webhook and a GMSACredentialSpec resource",
                    service, field: field)
            case "restart" where service.restart == "always" || service.restart == "unless-stopped":
                continue  // a Deployment's pods always restart
            case "restart":
                report(
                    .k8sUnconverted,
                    "restart: \(service.restart ?? "") is not converted: a Deployment's pods always restart",
                    service, field: field)
            case "links" where service.links.contains(where: { $0.contains(":") }):
                report(
                    .k8sUnconverted,
                    "links aliases are not converted: peers reach \(service.name)'s peers by their Service names",
                    service, field: field)
            case "links":
                continue  // the peers get Services and `<P>_HOST`
            case "networks" where service.networks.keys.allSatisfy({ $0 == "default" }):
                continue  // the loader's implicit default network: every pod shares the cluster network
            case "networks":
                report(
                    .k8sUnconverted,
                    "networks are not converted: every pod of the namespace reaches every Service (use NetworkPolicies to isolate)",
                    service, field: field)
            case "deploy":
                let keys = service.deploy.map(Self.deployKeys) ?? []
                let left = keys.filter { !Self.convertedDeployKeys.contains($0) }
                if !left.isEmpty {
                    report(
                        .k8sUnconverted,
                        "deploy \(left.joined(separator: ", ")) \(left.count == 1 ? "is" : "are") not converted",
                        service, field: field)
                }
            default:
                report(
                    .k8sUnconverted,
                    "\(field) has no counterpart in the Kubernetes manifests and is left out",
                    service, field: field)
            }
        }
    }

    private static func deployKeys(_ deploy: Service.Deploy) -> [String] {
        var keys: [String] = []
        if deploy.mode != nil { keys.append("mode") }
        if deploy.endpointMode != nil { keys.append("endpoint_mode") }
        if !deploy.labels.isEmpty { keys.append("labels") }
        if deploy.restartPolicy != nil { keys.append("restart_policy") }
        if deploy.updateConfig != nil { keys.append("update_config") }
        if deploy.rollbackConfig != nil { keys.append("rollback_config") }
        let placement = deploy.placement
        if !placement.constraints.isEmpty || !placement.preferences.isEmpty || placement.maxReplicasPerNode != nil {
            keys.append("placement")
        }
        let resources = [deploy.resources.limits, deploy.resources.reservations].compactMap { $0 }
        if resources.contains(where: { $0.pids != nil || !$0.devices.isEmpty || !$0.genericResources.isEmpty }) {
            keys.append("resources.pids/devices/generic_resources")
        }
        return keys
    }
}
