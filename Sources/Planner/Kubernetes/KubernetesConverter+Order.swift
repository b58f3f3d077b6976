import ComposeModel
import YAML

extension KubernetesConverter {
    /// The image of the init containers that wait for a peer: BusyBox has `nc` and `nslookup`.
    static let waitImage = "busybox:1.37"

    /// One init container per `depends_on: service_healthy` peer, waiting until the peer's Service has a
    /// ready pod; on Windows pods, and for the conditions Kubernetes cannot wait on, a warning instead.
    mutating func waits(of service: Service, os: DaemonRole) -> [Node] {
        var containers: [Node] = []
        var started: [String] = []
        for (peer, dependency) in service.dependsOn.sorted(by: { $0.key < $1.key }) {
            switch dependency.condition {
            case .started: started.append(peer)
            case .completedSuccessfully:
                report(
                    .k8sOrder,
                    "depends_on \(peer): service_completed_successfully has no Kubernetes counterpart (run \(peer) as a Job and wait for it yourself)",
                    service, field: "depends_on")
            case .healthy where os == .windows:
                report(
                    .k8sOrder,
                    "depends_on \(peer): service_healthy is not waited for: a Windows pod has no small shell image for an init container, so \(service.name) must retry until \(peer) is ready",
                    service, field: "depends_on")
            case .healthy:
                containers.append(wait(for: peer))
            }
        }
        if !started.isEmpty {
            report(
                .k8sOrder,
                "depends_on \(started.joined(separator: ", ")) (service_started) sets no order: Kubernetes starts pods in any order",
                service, field: "depends_on")
        }
        return containers
    }

    /// An init container that loops until `peer`'s Service answers: a TCP connect to its first Service port,
    /// or, for a headless Service (no known port), a DNS answer, which lists ready pods only.
    private func wait(for peer: String) -> Node {
        let host = KubernetesName.label(peer)
        let port = input.project.services[peer].flatMap { service in
            service.ports.first.map { Int($0.published ?? "") ?? $0.target } ?? Self.exposed(service.expose).first?.port
        }
        let probe = port.map { "nc -z -w 2 \(host) \($0)" } ?? "nslookup \(host)"
        return KubernetesNode.map([
            ("name", .string(KubernetesName.label("wait-for-\(peer)"))),
            ("image", .string(Self.waitImage)),
            ("command", .sequence(["sh", "-c", "until \(probe); do echo waiting for \(host); sleep 2; done"].map(KubernetesNode.string))),
        ])
    }
}
