import ComposeModel
import YAML

extension SwarmConverter {
    /// `EndpointSpec`: the resolution mode and the published ports, sorted by published port as the CLI sorts
    /// them. A Linux service a Windows service reaches gets `dnsrr` unless the file chooses (Windows tasks
    /// cannot reach a Linux service's virtual IP, moby/moby#41354); without a routing mesh every service does.
    /// Swarm refuses ingress ports on a `dnsrr` service, so those are published in `host` mode.
    mutating func endpointSpec(of service: Service, planned: PlannedService) -> JSONValue {
        var mode = service.deploy?.endpointMode?.lowercased()
        if !input.routingMesh {
            if mode != "dnsrr" {
                report(
                    .swarmEndpoint,
                    "endpoint_mode dnsrr: the swarm has no routing mesh (Windows Server 2016, or kernels without IPVS), so a service's virtual IP would not answer",
                    service, field: mode == nil ? "image" : "deploy")
            }
            mode = "dnsrr"
        } else if mode == nil, planned.os == .linux, let consumer = reachedFromWindows[service.name] {
            report(
                .swarmEndpoint,
                "endpoint_mode dnsrr: the Windows service \(consumer) reaches \(service.name), and Windows tasks cannot reach a Linux service's virtual IP (moby/moby#41354); set deploy.endpoint_mode to choose yourself",
                service, field: "image")
            mode = "dnsrr"
        }
        var ports: [(published: Int, body: JSONValue)] = []
        for port in service.ports {
            guard let published = publishedPort(port, of: service) else { continue }
            var publishMode = port.mode
            if publishMode == "ingress", mode == "dnsrr" {
                let why = input.routingMesh
                    ? "Swarm refuses ingress-mode ports on a dnsrr service" : "the swarm has no routing mesh"
                findings.report(
                    .swarmPortMode,
                    "port \(port.target)/\(port.protocol) is published in host mode: \(why); it answers only on the nodes running a task",
                    at: port.mark.isKnown ? port.mark : service.mark(of: "ports"), service: service.name)
                publishMode = "host"
            }
            if port.hostIP != nil {
                report(.swarmIgnored, "ports host_ip \(port.hostIP ?? "") is left out: Swarm publishes on every address", service, field: "ports")
            }
            if port.appProtocol != nil || port.name != nil {
                report(.swarmIgnored, "ports name and app_protocol have no Swarm counterpart and are left out", service, field: "ports")
            }
            ports.append((published ?? 0, SwarmJSON.object([
                ("Protocol", .string(port.protocol)),
                ("TargetPort", .int(port.target)),
                ("PublishedPort", published.flatMap { $0 == 0 ? nil : JSONValue.int($0) }),
                ("PublishMode", .string(publishMode)),
            ])))
        }
        let sorted = ports.enumerated().sorted { ($0.element.published, $0.offset) < ($1.element.published, $1.offset) }
        return SwarmJSON.object([
            ("Mode", mode.map(JSONValue.string)),
            ("Ports", SwarmJSON.list(sorted.map(\.element.body))),
        ])
    }

    /// The published port: nil inside when the port is not published; nil outside (reported) for a range
    /// of host ports, which a Swarm port cannot express.
    private mutating func publishedPort(_ port: Service.Port, of service: Service) -> Int?? {
        guard let published = port.published else { return .some(nil) }
        if let number = Int(published) { return .some(number) }
        report(
            .swarmUnsupported,
            "ports \(published):\(port.target) publishes a range of host ports to one container port, which a Swarm port cannot express",
            service, field: "ports")
        return nil
    }
}
