import ComposeModel
import Planner

/// What each planned service waits for before it is created: its `depends_on` conditions and the
/// cross-daemon peers whose addresses it is given.
enum UpNeeds {
    /// Service → needs, for the services of `selection` (empty: all) and everything they depend on.
    static func of(_ plan: Plan, project: Project, selection: [String]) throws -> [String: [Need]] {
        var wanted = selection.isEmpty ? plan.services.map(\.name) : selection
        var needs: [String: [Need]] = [:]
        while let name = wanted.popLast() {
            guard needs[name] == nil else { continue }
            guard let planned = plan.service(named: name) else { throw RunnerError.unknownService(name) }
            let service = project.services[name]
            var list: [Need] = []
            for dependency in planned.dependsOn {
                // A dependency that is not required and not in the plan is not waited for, as in Compose.
                if service?.dependsOn[dependency]?.required == false && plan.service(named: dependency) == nil { continue }
                let condition = service?.dependsOn[dependency]?.condition ?? .started
                list.append(Need(dependency, milestone(condition)))
                wanted.append(dependency)
            }
            for peer in planned.createAfterStarted where !list.contains(Need(peer, .started)) {
                list.append(Need(peer, .started))
                wanted.append(peer)
            }
            needs[name] = list
        }
        return needs
    }

    /// Service → the services that must have started before its container is created: the peers whose
    /// addresses go into its create request, and the services whose containers it names (`links`,
    /// `volumes_from`, `service:` namespaces), which Compose likewise creates first.
    static func beforeCreate(_ plan: Plan, project: Project, needs: [String: [Need]]) -> [String: [Need]] {
        var result: [String: [Need]] = [:]
        for name in needs.keys {
            var peers = plan.service(named: name)?.createAfterStarted ?? []
            for target in project.services[name].map(referenced(by:)) ?? [] where !peers.contains(target) {
                peers.append(target)
            }
            result[name] = peers.map { Need($0, .started) }
        }
        return result
    }

    /// The services whose containers `service`'s create request names, in the order written.
    static func referenced(by service: Service) -> [String] {
        var targets = service.links.map(ServiceReferences.linkTarget)
        targets += [service.networkMode, service.ipc, service.pid].compactMap { $0.flatMap(ServiceReferences.serviceTarget) }
        targets += service.volumesFrom.compactMap(ServiceReferences.volumesFromTarget)
        var seen: Set<String> = []
        return targets.filter { seen.insert($0).inserted }
    }

    /// Services whose address is injected into another service.
    static func addressed(_ plan: Plan) -> Set<String> {
        var result: Set<String> = []
        for planned in plan.services {
            result.formUnion(planned.createAfterStarted)
            result.formUnion(planned.inject.hosts)
            for value in planned.inject.env.values {
                if case .peerAddress(let peer) = value { result.insert(peer) }
            }
        }
        return result
    }

    /// The roles of the services on another daemon that are given each service's address.
    static func crossConsumers(_ plan: Plan) -> [String: Set<DaemonRole>] {
        var result: [String: Set<DaemonRole>] = [:]
        for planned in plan.services {
            for peer in planned.createAfterStarted { result[peer, default: []].insert(planned.role) }
        }
        return result
    }

    /// Needs on dependencies declared `required: false`: their failure is a warning, not an error.
    static func optional(_ needs: [String: [Need]], project: Project) -> Set<Need> {
        var optional: Set<Need> = []
        for (name, list) in needs {
            for need in list where project.services[name]?.dependsOn[need.service]?.required == false {
                optional.insert(need)
            }
        }
        return optional
    }

    /// What `--wait` waits for: every service ready, or completed when others wait for its completion.
    static func final(_ needs: [String: [Need]]) -> [Need] {
        let completing = Set(needs.values.flatMap { $0 }.filter { $0.milestone == .completed }.map(\.service))
        return needs.keys.sorted().map { Need($0, completing.contains($0) ? .completed : .ready) }
    }

    private static func milestone(_ condition: Service.Dependency.Condition) -> Milestone {
        switch condition {
        case .started: .started
        case .healthy: .healthy
        case .completedSuccessfully: .completed
        }
    }
}
