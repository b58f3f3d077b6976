import ComposeModel
import YAML

extension KubernetesConverter {
    /// The toleration for the taint clusters commonly put on Windows nodes so Linux pods stay off them.
    static let windowsToleration = KubernetesNode.map([
        ("key", .string("os")), ("operator", .string("Equal")), ("value", .string("windows")),
        ("effect", .string("NoSchedule")),
    ])

    /// The Deployment of `service`: its replicas, its pod placed on nodes of the planned OS (and Windows
    /// build, where the image's tag names one), `Recreate` updates when it mounts a claim.
    func deployment(for service: Service, planned: PlannedService, container: Node, pod: PodParts) -> Node {
        let name = KubernetesName.label(service.name)
        var nodeSelector = ["kubernetes.io/os": planned.os.rawValue]
        if planned.os == .windows, let image = service.image, let build = WindowsImageFamily.windowsBuild(of: image) {
            nodeSelector["node.kubernetes.io/windows-build"] = build
        }
        let grace = service.stopGracePeriod.flatMap(Self.seconds)
        let podSpec = KubernetesNode.map([
            ("os", KubernetesNode.map([("name", .string(planned.os.rawValue))])),
            ("nodeSelector", KubernetesNode.strings(nodeSelector)),
            ("tolerations", planned.os == .windows ? .sequence([Self.windowsToleration]) : nil),
            ("terminationGracePeriodSeconds", grace.map(KubernetesNode.int)),
            ("initContainers", KubernetesNode.list(pod.initContainers)),
            ("containers", .sequence([container])),
            ("volumes", KubernetesNode.list(pod.volumes)),
        ])
        let template = KubernetesNode.map([
            ("metadata", KubernetesNode.map([("labels", KubernetesNode.strings(labels(of: service.name)))])),
            ("spec", podSpec),
        ])
        let replicas = service.deploy?.replicas ?? service.scale ?? 1
        let spec = KubernetesNode.map([
            ("replicas", KubernetesNode.int(replicas)),
            ("selector", KubernetesNode.map([("matchLabels", KubernetesNode.strings(selector(of: service.name)))])),
            ("strategy", pod.usesClaim ? KubernetesNode.map([("type", .string("Recreate"))]) : nil),
            ("template", template),
        ])
        return KubernetesNode.object(
            "apps/v1", "Deployment", name: name, namespace: input.namespace, labels: labels(of: service.name),
            [("spec", spec)])
    }

    /// The Service of `service` when a peer reaches it or it publishes ports: a LoadBalancer for published
    /// ports, a ClusterIP for exposed ones, headless (pod addresses, ready pods only) when no port is known.
    mutating func serviceObject(for service: Service) -> Node? {
        var ports: [(port: Int, target: Int, protocol: String)] = []
        var published = false
        for port in service.ports {
            guard let proto = Self.protocolName(port.protocol) else { continue }
            if port.mode == "host" {
                report(
                    .k8sUnconverted,
                    "port \(port.target) in mode host becomes a Service port: no hostPort ties the pod to its node",
                    service, field: "ports")
            }
            if let text = port.published {
                guard let number = Int(text) else {
                    report(
                        .k8sUnconverted,
                        "published port range \(text) is not converted: a Service port maps one port",
                        service, field: "ports")
                    continue
                }
                published = true
                if port.hostIP != nil {
                    report(
                        .k8sUnconverted,
                        "host_ip \(port.hostIP ?? "") has no meaning for a Service; it listens on every address its load balancer gives",
                        service, field: "ports")
                }
                ports.append((number, port.target, proto))
            } else if reached.contains(service.name) {
                ports.append((port.target, port.target, proto))
            }
        }
        if reached.contains(service.name) {
            ports += Self.exposed(service.expose).map { ($0.port, $0.port, $0.protocol) }
        }
        guard published || reached.contains(service.name) else { return nil }
        var seen = Set<String>()
        let items = ports.filter { seen.insert("\($0.port)/\($0.protocol)").inserted }.map { item in
            KubernetesNode.map([
                ("name", .string("\(item.protocol.lowercased())-\(item.port)")), ("port", KubernetesNode.int(item.port)),
                ("targetPort", KubernetesNode.int(item.target)), ("protocol", .string(item.protocol)),
            ])
        }
        let spec = KubernetesNode.map([
            ("type", published ? .string("LoadBalancer") : nil),
            ("clusterIP", items.isEmpty ? .string("None") : nil),
            ("selector", KubernetesNode.strings(selector(of: service.name))),
            ("ports", KubernetesNode.list(items)),
        ])
        return KubernetesNode.object(
            "v1", "Service", name: KubernetesName.label(service.name), namespace: input.namespace,
            labels: labels(of: service.name), [("spec", spec)])
    }

    /// `TCP`, `UDP` or `SCTP` for a Compose protocol; nil for others.
    static func protocolName(_ text: String) -> String? {
        let upper = text.uppercased()
        return ["TCP", "UDP", "SCTP"].contains(upper) ? upper : nil
    }

    /// The single ports of `expose:` entries (`3000`, `3000/udp`); ranges are left out.
    static func exposed(_ entries: [String]) -> [(port: Int, protocol: String)] {
        entries.compactMap { entry in
            let parts = entry.split(separator: "/", maxSplits: 1)
            guard let first = parts.first, let port = Int(first),
                let proto = protocolName(parts.count > 1 ? String(parts[1]) : "tcp")
            else { return nil }
            return (port, proto)
        }
    }

    /// Whole seconds, rounded up, of a Compose duration; nil when it does not parse.
    static func seconds(_ text: String) -> Int? {
        guard let duration = GoDuration(parsing: text) else { return nil }
        return Int((duration.nanoseconds + 999_999_999) / 1_000_000_000)
    }
}
