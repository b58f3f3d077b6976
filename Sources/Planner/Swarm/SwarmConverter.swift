import ComposeModel
import YAML

/// Converts a planned project into a Swarm stack: each service as the `ServiceSpec` `docker stack deploy`
/// (docker CLI 20.10) sends for it, plus the placement constraint of its planned OS, `dnsrr` for Linux services
/// Windows services reach, and start waves from `depends_on`; the overlay networks, secrets and configs it uses.
/// Pure: the caller reads files (`SwarmInput.files`); what Swarm cannot run or ignores becomes a diagnostic.
package struct SwarmConverter {
    let input: SwarmInput
    var findings = Findings()
    /// Linux services that a Windows service reaches (`depends_on`, `links`, injected peers), each with the
    /// first such Windows service by name.
    let reachedFromWindows: [String: String]

    /// The stack for `input`: objects in creation order, services wave by wave, and the diagnostics.
    package static func convert(_ input: SwarmInput) -> SwarmStack {
        var converter = SwarmConverter(input: input)
        var services: [SwarmService] = []
        let waves = Self.waves(of: input.project)
        for name in input.project.serviceNames {
            guard let service = input.project.services[name], let planned = input.plan.service(named: name) else { continue }
            let dependencies = service.dependsOn.keys.sorted().compactMap { peer -> SwarmDependency? in
                guard input.project.services[peer] != nil, let dependency = service.dependsOn[peer] else { return nil }
                return SwarmDependency(service: peer, condition: Self.condition(dependency.condition))
            }
            services.append(SwarmService(
                service: name, name: converter.scope(name), spec: converter.spec(for: service, planned: planned),
                wave: waves[name] ?? 0, dependencies: dependencies))
        }
        services.sort { ($0.wave, $0.service) < ($1.wave, $1.service) }
        var stack = SwarmStack(namespace: input.namespace, services: services)
        converter.addNetworks(to: &stack)
        converter.addFileObjects(to: &stack)
        stack.diagnostics = converter.findings.sorted
        return stack
    }

    init(input: SwarmInput) {
        self.input = input
        var reached: [String: String] = [:]
        for name in input.project.serviceNames where input.plan.service(named: name)?.os == .windows {
            guard let service = input.project.services[name] else { continue }
            let peers = ServiceReferences.reachedPeers(of: service, planned: input.plan.service(named: name))
            for peer in peers.sorted() where input.plan.service(named: peer)?.os == .linux && reached[peer] == nil {
                reached[peer] = name
            }
        }
        self.reachedFromWindows = reached
    }

    /// `<namespace>_<name>`, as the CLI's `Namespace.Scope` names every object of the stack.
    func scope(_ name: String) -> String { "\(input.namespace)_\(name)" }

    /// The name of a top-level network, volume, secret or config in the swarm: its `name:` when the file
    /// sets one (or the key of an external one), else `<namespace>_<key>`. The loader fills in
    /// `<project>_<key>` when no name is written, so that value stands for "not set".
    func objectName(key: String, name: String, external: Bool) -> String {
        external || name != "\(input.project.name)_\(key)" ? name : scope(key)
    }

    /// The labels `docker stack deploy` puts on every object: the file's, plus the namespace.
    func stackLabels(_ labels: [String: String]) -> JSONValue? {
        SwarmJSON.strings(labels.merging(["com.docker.stack.namespace": input.namespace]) { $1 })
    }

    /// Reports `code` for `service` at its `field`.
    mutating func report(_ code: PlanCode, _ message: String, _ service: Service, field: String) {
        findings.report(code, message, at: service.mark(of: field), service: service.name)
    }

    /// Each service's wave: 0 without `depends_on`, else one more than its dependencies' highest wave
    /// (the plan's graph order over `depends_on` edges only; services on a cycle, which the plan reports, share one).
    static func waves(of project: Project) -> [String: Int] {
        var graph = ServiceGraph(names: project.serviceNames)
        for (from, name) in graph.names.enumerated() {
            for peer in project.services[name]?.dependsOn.keys.sorted() ?? [] {
                if let to = graph.index[peer] { graph.add(from: from, to: to, kind: .dependsOn, mark: .none) }
            }
        }
        let order = graph.order()
        return Dictionary(uniqueKeysWithValues: graph.names.enumerated().map { ($1, order.waves[$0]) })
    }

    static func condition(_ condition: Service.Dependency.Condition) -> SwarmDependency.Condition {
        switch condition {
        case .started: .started
        case .healthy: .healthy
        case .completedSuccessfully: .completed
        }
    }
}
