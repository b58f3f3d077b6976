import YAML

/// Decodes `deploy:`.
enum DeployDecoder {
    static func deploy(_ node: Node) -> Service.Deploy? {
        guard let map = node.mapping else { return nil }
        var deploy = Service.Deploy()
        deploy.mode = map["mode"]?.stringValue
        deploy.endpointMode = map["endpoint_mode"]?.stringValue
        deploy.replicas = map["replicas"]?.intValue
        deploy.labels = map["labels"]?.stringMap ?? [:]
        if let resources = map["resources"]?.mapping {
            deploy.resources.limits = resources["limits"].flatMap(limits)
            deploy.resources.reservations = resources["reservations"].flatMap(limits)
        }
        deploy.restartPolicy = map["restart_policy"]?.mapping.map {
            Service.Deploy.RestartPolicy(
                condition: $0["condition"]?.stringValue, delay: $0["delay"]?.stringValue,
                maxAttempts: $0["max_attempts"]?.intValue, window: $0["window"]?.stringValue)
        }
        deploy.updateConfig = map["update_config"].flatMap(update)
        deploy.rollbackConfig = map["rollback_config"].flatMap(update)
        if let placement = map["placement"]?.mapping {
            deploy.placement.constraints = placement["constraints"]?.stringList ?? []
            deploy.placement.preferences = (placement["preferences"]?.sequence ?? []).compactMap {
                $0.mapping?["spread"]?.stringValue
            }
            deploy.placement.maxReplicasPerNode = placement["max_replicas_per_node"]?.intValue
        }
        return deploy
    }

    private static func limits(_ node: Node) -> Service.Deploy.Resources.Limits? {
        guard let map = node.mapping else { return nil }
        var limits = Service.Deploy.Resources.Limits()
        limits.cpus = map["cpus"]?.doubleValue
        limits.memory = map["memory"]?.int64Value
        limits.pids = map["pids"]?.int64Value
        limits.devices = (map["devices"]?.sequence ?? []).compactMap(PartDecoder.deviceRequest)
        return limits
    }

    private static func update(_ node: Node) -> Service.Deploy.UpdateConfig? {
        guard let map = node.mapping else { return nil }
        return Service.Deploy.UpdateConfig(
            parallelism: map["parallelism"]?.intValue, delay: map["delay"]?.stringValue,
            failureAction: map["failure_action"]?.stringValue, monitor: map["monitor"]?.stringValue,
            maxFailureRatio: map["max_failure_ratio"]?.doubleValue, order: map["order"]?.stringValue)
    }
}
