import ComposeModel

extension SwarmConverter {
    /// The `ServiceSpec` of `service`, as `convert.Service` builds it in the docker CLI: name and labels,
    /// the task template, the mode, update and rollback configs and the endpoint.
    mutating func spec(for service: Service, planned: PlannedService) -> JSONValue {
        let image = input.project.imageName(of: service)
        if service.image == nil {
            report(
                .swarmUnsupported,
                "build: without image: cannot run in a swarm: every node pulls the image, so build and push it and set image: (the spec says \(image))",
                service, field: "build")
        } else if service.build != nil {
            report(
                .swarmIgnored,
                "build: is not used by a stack: the nodes pull \(image), so push it to a registry they reach",
                service, field: "build")
        }
        var labels = service.deploy?.labels ?? [:]
        labels["com.docker.stack.image"] = image
        let endpoint = endpointSpec(of: service, planned: planned)
        reportIgnored(service, os: planned.os)
        return SwarmJSON.object([
            ("Name", .string(scope(service.name))),
            ("Labels", stackLabels(labels)),
            ("TaskTemplate", taskTemplate(of: service, planned: planned, image: image)),
            ("Mode", mode(of: service)),
            ("UpdateConfig", service.deploy?.updateConfig.map(Self.updateConfig)),
            ("RollbackConfig", service.deploy?.rollbackConfig.map(Self.updateConfig)),
            ("EndpointSpec", endpoint),
        ])
    }

    /// `Replicated` with `deploy.replicas` (else `scale`), `Global`, or the jobs API 1.41 added.
    private mutating func mode(of service: Service) -> JSONValue? {
        let replicas = service.deploy?.replicas ?? service.scale
        switch service.deploy?.mode ?? "replicated" {
        case "replicated":
            return SwarmJSON.object([("Replicated", SwarmJSON.object([("Replicas", replicas.map(JSONValue.int))]))])
        case "global":
            if replicas != nil {
                report(.swarmUnsupported, "deploy.replicas can only be used with replicated mode", service, field: "deploy")
            }
            return SwarmJSON.object([("Global", .object([]))])
        case "replicated-job":
            return SwarmJSON.object([("ReplicatedJob", SwarmJSON.object([("TotalCompletions", replicas.map(JSONValue.int))]))])
        case "global-job":
            return SwarmJSON.object([("GlobalJob", .object([]))])
        case let other:
            report(
                .swarmUnsupported,
                "deploy.mode \(other) does not exist in Swarm (replicated, global, replicated-job, global-job)",
                service, field: "deploy")
            return nil
        }
    }

    /// `deploy.update_config` or `rollback_config` with durations in nanoseconds; parallelism 1 unless set.
    static func updateConfig(_ config: Service.Deploy.UpdateConfig) -> JSONValue {
        SwarmJSON.object([
            ("Parallelism", .int(config.parallelism ?? 1)),
            ("Delay", config.delay.flatMap(nanoseconds)),
            ("FailureAction", config.failureAction.map(JSONValue.string)),
            ("Monitor", config.monitor.flatMap(nanoseconds)),
            ("MaxFailureRatio", config.maxFailureRatio.map(JSONValue.double)),
            ("Order", config.order.map(JSONValue.string)),
        ])
    }

    /// A Compose duration as the API's integer nanoseconds; nil when it does not parse.
    static func nanoseconds(_ text: String) -> JSONValue? {
        GoDuration(parsing: text).map { .int(Int($0.nanoseconds)) }
    }
}
