import EngineAPI

extension ContainerRecord {
    /// A record from a `GET /containers/json` entry; the health and an exited container's code are read from
    /// the status text (`Up 2 minutes (healthy)`, `Exited (137) 5 seconds ago`).
    init(summary: ContainerSummary) {
        let status = summary.status ?? ""
        let health: String? =
            status.contains("(healthy)") ? "healthy"
            : status.contains("(unhealthy)") ? "unhealthy" : status.contains("health: starting") ? "starting" : nil
        let exitCode = status.hasPrefix("Exited (") ? Int(status.dropFirst(8).prefix { $0 != ")" }) : nil
        self.init(
            id: summary.id, name: String((summary.names?.first ?? summary.id).drop { $0 == "/" }),
            image: summary.image ?? "", labels: summary.labels ?? [:], state: summary.state ?? "", health: health,
            exitCode: exitCode, status: status, command: summary.command ?? "", created: summary.created ?? 0,
            addresses: (summary.networkSettings?.networks ?? [:]).mapValues { $0.ipAddress ?? "" },
            ports: (summary.ports ?? []).map {
                Port(target: $0.privatePort, published: $0.publicPort, hostIP: $0.ip, protocol: $0.type ?? "tcp")
            }, mounts: Self.mounts(summary.mounts))
    }

    /// Mounts with a destination; a volume is named by its name, anything else by its source.
    static func mounts(_ points: [ContainerInspect.MountPoint]?) -> [MountedVolume] {
        (points ?? []).compactMap { point in
            guard let destination = point.destination, let type = point.type else { return nil }
            let source = (type == "volume" ? point.name : point.source) ?? ""
            return MountedVolume(type: type, source: source, destination: destination, readOnly: point.rw == false, driver: point.driver ?? "")
        }
    }

    /// A record from `GET /containers/{id}/json`.
    init(inspect: ContainerInspect) {
        var ports: [Port] = []
        for (key, bindings) in (inspect.networkSettings?.ports ?? [:]).sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: "/").map(String.init)
            guard let target = parts.first.flatMap({ Int($0) }) else { continue }
            let proto = parts.count > 1 ? parts[1] : "tcp"
            guard let bindings, !bindings.isEmpty else {
                ports.append(Port(target: target, protocol: proto))
                continue
            }
            for binding in bindings {
                ports.append(Port(target: target, published: binding.hostPort.flatMap { Int($0) }, hostIP: binding.hostIP, protocol: proto))
            }
        }
        let state = inspect.state
        self.init(
            id: inspect.id, name: String((inspect.name ?? inspect.id).drop { $0 == "/" }),
            image: inspect.config?.image ?? inspect.image ?? "", labels: inspect.config?.labels ?? [:],
            state: state?.status ?? "", health: state?.health?.status.flatMap { $0 == "none" ? nil : $0 },
            exitCode: state?.exitCode, status: state?.status ?? "",
            command: ((inspect.config?.entrypoint ?? []) + (inspect.config?.cmd ?? [])).joined(separator: " "),
            addresses: (inspect.networkSettings?.networks ?? [:]).mapValues { $0.ipAddress ?? "" }, ports: ports,
            mounts: Self.mounts(inspect.mounts), environment: inspect.config?.env ?? [])
    }
}
