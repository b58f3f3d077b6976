import ComposeModel
import YAML

extension KubernetesConverter {
    /// The service's container: image, command, environment (with each injected `<P>_HOST` naming P's
    /// Service), ports, readiness probe, resources and security settings.
    mutating func container(for service: Service, planned: PlannedService, mounts: [Node]) -> Node {
        let image = input.project.imageName(of: service)
        if service.image == nil {
            report(
                .k8sUnconverted,
                "build: is not converted: push the image to a registry the cluster pulls from and set image: (the manifest says \(image))",
                service, field: "build")
        }
        var env = service.environment.compactMapValues { $0 }
        for (variable, value) in planned.inject.env {
            env[variable] = KubernetesName.host(of: value.peer, namespace: input.namespace, for: planned.os)
        }
        let envItems = env.sorted { $0.key < $1.key }.map { item in
            KubernetesNode.map([("name", .string(item.key)), ("value", .string(item.value.replacingDollars()))])
        }
        for entry in service.expose where Self.exposed([entry]).isEmpty {
            report(
                .k8sUnconverted,
                "expose \(entry) is not converted: a container port is one port of tcp, udp or sctp",
                service, field: "expose")
        }
        for port in service.ports where Self.protocolName(port.protocol) == nil {
            report(
                .k8sUnconverted,
                "port \(port.target)/\(port.protocol) is not converted: a container port is one port of tcp, udp or sctp",
                service, field: "ports")
        }
        if let check = service.healthcheck, check.disable != true, check.startInterval != nil {
            report(
                .k8sUnconverted,
                "healthcheck start_interval is not converted: a readiness probe has one period, its interval",
                service, field: "healthcheck")
        }
        var portItems: [Node] = []
        var seen = Set<String>()
        let declared = service.ports.compactMap { port in Self.protocolName(port.protocol).map { (port.target, $0) } }
        for (port, proto) in declared + Self.exposed(service.expose).map({ ($0.port, $0.protocol) })
        where seen.insert("\(port)/\(proto)").inserted {
            portItems.append(KubernetesNode.map([("containerPort", KubernetesNode.int(port)), ("protocol", .string(proto))]))
        }
        return KubernetesNode.map([
            ("name", .string(KubernetesName.label(service.name))),
            ("image", .string(image)),
            ("imagePullPolicy", pullPolicy(of: service)),
            // Kubernetes expands `$(VAR)` and reads `$$` as `$` here: doubled, Compose's values stay literal.
            ("command", service.entrypoint.flatMap { KubernetesNode.list($0.map { .string($0.replacingDollars()) }) }),
            ("args", service.command.flatMap { KubernetesNode.list($0.map { .string($0.replacingDollars()) }) }),
            ("workingDir", service.workingDir.map(KubernetesNode.string)),
            ("env", KubernetesNode.list(envItems)),
            ("ports", KubernetesNode.list(portItems)),
            ("readinessProbe", probe(of: service, os: planned.os)),
            ("resources", resources(of: service)),
            ("securityContext", securityContext(of: service, os: planned.os)),
            ("tty", service.tty.map(KubernetesNode.bool)),
            ("stdin", service.stdinOpen.map(KubernetesNode.bool)),
            ("volumeMounts", KubernetesNode.list(mounts)),
        ])
    }

    /// The healthcheck as an exec readiness probe: `CMD` as written, `CMD-SHELL` through the OS's shell.
    func probe(of service: Service, os: DaemonRole) -> Node? {
        guard let check = service.healthcheck, check.disable != true, let test = check.test, let kind = test.first
        else { return nil }
        let command: [String]
        switch kind {
        case "CMD": command = Array(test.dropFirst())
        case "CMD-SHELL":
            let line = test.dropFirst().joined(separator: " ")
            command = os == .windows ? ["cmd", "/S", "/C", line] : ["/bin/sh", "-c", line]
        default: return nil
        }
        guard !command.isEmpty else { return nil }
        return KubernetesNode.map([
            ("exec", KubernetesNode.map([("command", .sequence(command.map(KubernetesNode.string)))])),
            ("initialDelaySeconds", check.startPeriod.flatMap(Self.seconds).map(KubernetesNode.int)),
            ("periodSeconds", check.interval.flatMap(Self.seconds).map { KubernetesNode.int(max(1, $0)) }),
            ("timeoutSeconds", check.timeout.flatMap(Self.seconds).map { KubernetesNode.int(max(1, $0)) }),
            ("failureThreshold", check.retries.map { KubernetesNode.int(max(1, $0)) }),
        ])
    }

    private mutating func pullPolicy(of service: Service) -> Node? {
        switch service.pullPolicy {
        case nil: return nil
        case "always", "daily", "weekly": return .string("Always")
        case "never": return .string("Never")
        case "missing", "if_not_present": return .string("IfNotPresent")
        case let other?:
            report(.k8sUnconverted, "pull_policy \(other) has no Kubernetes counterpart", service, field: "pull_policy")
            return nil
        }
    }

    private func resources(of service: Service) -> Node? {
        let limits = service.deploy?.resources.limits
        let reservations = service.deploy?.resources.reservations
        func quantities(cpus: Double?, memory: Int64?) -> Node? {
            guard cpus != nil || memory != nil else { return nil }
            return KubernetesNode.map([
                ("cpu", cpus.map { .string("\(max(1, Int(($0 * 1000).rounded())))m") }),
                ("memory", memory.map { KubernetesNode.int(Int($0)) }),
            ])
        }
        let limit = quantities(cpus: limits?.cpus ?? service.cpus, memory: limits?.memory ?? service.memLimit)
        let request = quantities(cpus: reservations?.cpus, memory: reservations?.memory ?? service.memReservation)
        guard limit != nil || request != nil else { return nil }
        return KubernetesNode.map([("limits", limit), ("requests", request)])
    }

    /// Linux: privileged, read-only root, capabilities, numeric `user`; Windows: the user name only (the
    /// planner reports the Linux-only options on Windows services).
    private mutating func securityContext(of service: Service, os: DaemonRole) -> Node? {
        if os == .windows {
            guard let user = service.user else { return nil }
            return KubernetesNode.map([("windowsOptions", KubernetesNode.map([("runAsUserName", .string(user))]))])
        }
        let ids = service.user.map { $0.split(separator: ":", maxSplits: 1).map { Int($0) } } ?? []
        if service.user != nil, ids.contains(where: { $0 == nil }) {
            report(
                .k8sUnconverted,
                "user \(service.user ?? "") is a name: Kubernetes runs as numeric ids only (runAsUser)",
                service, field: "user")
        }
        let capability = { (names: [String]) in
            KubernetesNode.list(names.map { .string($0.uppercased().hasPrefix("CAP_") ? String($0.dropFirst(4)) : $0) })
        }
        let capabilities =
            service.capAdd.isEmpty && service.capDrop.isEmpty
            ? nil : KubernetesNode.map([("add", capability(service.capAdd)), ("drop", capability(service.capDrop))])
        let context = KubernetesNode.map([
            ("privileged", service.privileged.map(KubernetesNode.bool)),
            ("readOnlyRootFilesystem", service.readOnly.map(KubernetesNode.bool)),
            ("capabilities", capabilities),
            ("runAsUser", ids.first.flatMap { $0 }.map(KubernetesNode.int)),
            ("runAsGroup", ids.count > 1 ? ids[1].map(KubernetesNode.int) : nil),
        ])
        return context.mapping?.isEmpty == true ? nil : context
    }
}
