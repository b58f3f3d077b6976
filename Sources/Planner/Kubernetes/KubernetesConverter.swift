import ComposeModel
import YAML

/// Converts a planned project into Kubernetes manifests for a cluster with Linux and Windows nodes: one
/// Deployment per service, placed on nodes of its planned OS, a Service for each service a peer reaches or
/// that publishes ports, PersistentVolumeClaims, Secrets and ConfigMaps. Pure: the caller reads files
/// (`KubernetesInput.files`); what has no Kubernetes counterpart becomes a diagnostic.
package struct KubernetesConverter {
    let input: KubernetesInput
    var findings = Findings()
    var claims: [String: Node] = [:]
    var secrets: [String: Node] = [:]
    var configMaps: [String: Node] = [:]
    var services: [Node] = []
    var workloads: [Node] = []
    /// Services some peer reaches by name (`depends_on`, `links`, injected peers).
    let reached: Set<String>

    /// The manifests for `input`, in apply order, and the diagnostics of what did not carry over.
    package static func convert(_ input: KubernetesInput) -> KubernetesOutput {
        var converter = KubernetesConverter(input: input)
        var owners: [String: String] = [:]
        for name in input.project.serviceNames {
            guard let service = input.project.services[name], let planned = input.plan.service(named: name) else { continue }
            if let owner = owners[KubernetesName.label(name)] {
                converter.report(
                    .k8sUnconverted,
                    "service \(name) is not converted: its Kubernetes name \(KubernetesName.label(name)) is \(owner)'s",
                    service, field: "image")
                continue
            }
            owners[KubernetesName.label(name)] = name
            converter.convert(service, planned: planned)
        }
        let sorted = { (objects: [String: Node]) in objects.keys.sorted().compactMap { objects[$0] } }
        return KubernetesOutput(
            objects: sorted(converter.claims) + sorted(converter.secrets) + sorted(converter.configMaps)
                + converter.services + converter.workloads,
            diagnostics: converter.findings.sorted)
    }

    init(input: KubernetesInput) {
        self.input = input
        var reached = Set<String>()
        for (name, service) in input.project.services {
            reached.formUnion(ServiceReferences.reachedPeers(of: service, planned: input.plan.service(named: name)))
        }
        self.reached = reached.intersection(input.project.services.keys)
    }

    /// The labels every object of the project carries.
    var projectLabels: [String: String] {
        ["app.kubernetes.io/part-of": KubernetesName.label(input.project.name), "app.kubernetes.io/managed-by": "mixcompose"]
    }

    /// The labels every object of `service` carries; all but `managed-by` select its pods.
    func labels(of service: String) -> [String: String] {
        projectLabels.merging(["app.kubernetes.io/name": KubernetesName.label(service)]) { $1 }
    }

    /// The labels that select `service`'s pods.
    func selector(of service: String) -> [String: String] {
        labels(of: service).filter { $0.key != "app.kubernetes.io/managed-by" }
    }

    private mutating func convert(_ service: Service, planned: PlannedService) {
        var pod = PodParts()
        addStorage(of: service, os: planned.os, to: &pod)
        addFiles(of: service, os: planned.os, to: &pod)
        let container = container(for: service, planned: planned, mounts: pod.mounts)
        pod.initContainers = waits(of: service, os: planned.os)
        if let object = serviceObject(for: service) { services.append(object) }
        workloads.append(deployment(for: service, planned: planned, container: container, pod: pod))
        reportUnconverted(service, os: planned.os)
    }

    /// Reports `code` for `service` at its `field`.
    mutating func report(_ code: PlanCode, _ message: String, _ service: Service, field: String) {
        findings.report(code, message, at: service.mark(of: field), service: service.name)
    }
}

/// The volumes, mounts and init containers one pod collects while its service is converted.
struct PodParts {
    var volumes: [Node] = []
    var mounts: [Node] = []
    var initContainers: [Node] = []
    /// True when a volume is a PersistentVolumeClaim, which a rolling update could not attach twice.
    var usesClaim = false
}
