import ComposeModel

extension SwarmConverter {
    /// `TaskTemplate`: the container, resources, restart policy, placement (with the planned OS), networks
    /// and log driver.
    mutating func taskTemplate(of service: Service, planned: PlannedService, image: String) -> JSONValue {
        SwarmJSON.object([
            ("ContainerSpec", containerSpec(of: service, planned: planned, image: image)),
            ("Resources", resources(of: service)),
            ("RestartPolicy", restartPolicy(of: service)),
            ("Placement", placement(of: service, os: planned.os)),
            ("Networks", SwarmJSON.list(networkAttachments(of: service))),
            ("LogDriver", service.logging?.driver.map { driver in
                SwarmJSON.object([
                    ("Name", .string(driver)),
                    ("Options", SwarmJSON.strings(service.logging?.options.compactMapValues { $0 } ?? [:])),
                ])
            }),
        ])
    }

    /// `deploy.resources` limits (CPUs as nano-CPUs, memory, pids) and reservations; `cpus`, `mem_limit`,
    /// `mem_reservation` and `pids_limit` where `deploy` leaves them out, as Docker Compose merges them.
    private func resources(of service: Service) -> JSONValue {
        let limits = service.deploy?.resources.limits
        let reservations = service.deploy?.resources.reservations
        let nano = { (cpus: Double?) in cpus.map { JSONValue.int(Int(($0 * 1_000_000_000).rounded())) } }
        let limit: JSONValue? = {
            let cpus = limits?.cpus ?? service.cpus, memory = limits?.memory ?? service.memLimit
            let pids = limits?.pids ?? service.pidsLimit
            guard limits != nil || cpus != nil || memory != nil || pids != nil else { return nil }
            return SwarmJSON.object([
                ("NanoCPUs", nano(cpus)), ("MemoryBytes", memory.map { .int(Int($0)) }), ("Pids", pids.map { .int(Int($0)) }),
            ])
        }()
        let reservation: JSONValue? = {
            let cpus = reservations?.cpus, memory = reservations?.memory ?? service.memReservation
            guard reservations != nil || memory != nil else { return nil }
            let generic = (reservations?.genericResources ?? [:]).sorted { $0.key < $1.key }.map { kind, value in
                SwarmJSON.object([("DiscreteResourceSpec", SwarmJSON.object([("Kind", .string(kind)), ("Value", .int(Int(value)))]))])
            }
            return SwarmJSON.object([
                ("NanoCPUs", nano(cpus)), ("MemoryBytes", memory.map { .int(Int($0)) }),
                ("GenericResources", SwarmJSON.list(generic)),
            ])
        }()
        return SwarmJSON.object([("Limits", limit), ("Reservations", reservation)])
    }

    /// `deploy.restart_policy`, else `restart:` as the CLI maps it (`always`/`unless-stopped` to `any`,
    /// `on-failure[:N]` to `on-failure` with N attempts, `no` to none).
    private mutating func restartPolicy(of service: Service) -> JSONValue? {
        if let policy = service.deploy?.restartPolicy {
            return SwarmJSON.object([
                ("Condition", policy.condition.map(JSONValue.string)),
                ("Delay", policy.delay.flatMap(Self.nanoseconds)),
                ("MaxAttempts", policy.maxAttempts.map(JSONValue.int)),
                ("Window", policy.window.flatMap(Self.nanoseconds)),
            ])
        }
        guard let restart = service.restartPolicy else { return nil }
        switch restart.name {
        case "no", "": return nil
        case "always", "unless-stopped": return SwarmJSON.object([("Condition", .string("any"))])
        case "on-failure":
            return SwarmJSON.object([("Condition", .string("on-failure")), ("MaxAttempts", .int(restart.retries))])
        default:
            report(.swarmUnsupported, "restart: \(service.restart ?? "") is not a restart policy", service, field: "restart")
            return nil
        }
    }

    /// The file's placement plus the planned OS's constraint (`node.platform.os == <os>`; with the stand-in,
    /// `node.labels.io.mixcompose.os == windows` for Windows services), once.
    private func placement(of service: Service, os: DaemonRole) -> JSONValue {
        let own = service.deploy?.placement
        let required = os == .windows && input.windowsStandin
            ? "node.labels.io.mixcompose.os == windows" : "node.platform.os == \(os.rawValue)"
        let squeeze = { (text: String) in text.filter { !$0.isWhitespace } }
        var constraints = own?.constraints ?? []
        if !constraints.contains(where: { squeeze($0) == squeeze(required) }) { constraints.append(required) }
        return SwarmJSON.object([
            ("Constraints", SwarmJSON.list(constraints)),
            ("Preferences", SwarmJSON.list((own?.preferences ?? []).map { descriptor in
                SwarmJSON.object([("Spread", SwarmJSON.object([("SpreadDescriptor", .string(descriptor))]))])
            })),
            ("MaxReplicas", own?.maxReplicasPerNode.map(JSONValue.int)),
        ])
    }
}
