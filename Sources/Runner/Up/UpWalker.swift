import Planner

/// Runs a `DependencyWalk`: creates and starts each service's replicas and watches each needed milestone in a task
/// group, handing out new jobs as results come in. The first failure cancels the rest.
struct UpWalker: Sendable {
    var plan: Plan
    var converger: Converger
    var waiter: MilestoneWaiter
    /// Needs whose failure only warns (`required: false`).
    var optional: Set<Need> = []
    var sink: (any ProgressSink)?
    /// Services taken as started without being walked (`run --no-deps`: the peers as they run).
    var seeded: [String: StartedService] = [:]

    private enum Outcome: Sendable {
        case created(String, PreparedService)
        case started(String, StartedService)
        case reached(Need)
    }

    /// Walks until every service is converged and every needed milestone reached; returns what was prepared.
    @discardableResult
    func run(_ start: DependencyWalk, dryRun: Bool) async throws -> [String: PreparedService] {
        var walk = start
        var started = seeded
        var prepared: [String: PreparedService] = [:]
        try await withThrowingTaskGroup(of: Outcome.self) { group in
            var running = 0
            func launch(_ jobs: [DependencyWalk.Job]) throws {
                for job in jobs {
                    running += 1
                    switch job {
                    case .create(let name):
                        guard let planned = plan.service(named: name) else { throw RunnerError.unknownService(name) }
                        let peers = started
                        group.addTask { .created(name, try await converger.prepare(planned, peers: peers)) }
                    case .start(let name):
                        guard let container = prepared[name] else { continue }
                        group.addTask { .started(name, try await converger.start(container, service: name)) }
                    case .watch(let need):
                        guard let target = started[need.service] else { continue }
                        let dependent = dependentName(of: need)
                        let tolerated = optional.contains(need) ? sink : nil
                        group.addTask {
                            guard !dryRun else { return .reached(need) }
                            do {
                                try await waiter.wait(
                                    for: need, replicas: target.replicas, on: target.daemon.engine, dependent: dependent)
                            } catch let error as RunnerError {
                                guard let tolerated else { throw error }
                                await tolerated.warning("optional dependency \(need.service) failed: \(error)")
                            }
                            return .reached(need)
                        }
                    }
                }
            }
            try launch(walk.nextJobs())
            while running > 0, let outcome = try await group.next() {
                running -= 1
                switch outcome {
                case .created(let name, let container):
                    prepared[name] = container
                    walk.created(name)
                case .started(let name, let service):
                    started[name] = service
                    walk.reach(Need(name, .started))
                case .reached(let need):
                    walk.reach(need)
                }
                try launch(walk.nextJobs())
            }
        }
        guard walk.isFinished else {
            throw RunnerError.invalidSetting("could not start \(walk.stuck.joined(separator: ", ")): unmet dependencies")
        }
        return prepared
    }

    /// A service that waits for `need`, for error messages.
    private func dependentName(of need: Need) -> String? {
        plan.services.first { $0.dependsOn.contains(need.service) }?.name
    }
}
