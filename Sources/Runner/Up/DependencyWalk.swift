/// The bookkeeping of `up`'s graph walk, free of I/O: which services may be converged now and which
/// milestones must be watched, given what has been reached so far.
///
/// A service is converged as soon as every need of its own is reached, so independent branches on
/// both daemons proceed at once; a milestone beyond `started` is watched only when someone needs it.
package struct DependencyWalk: Sendable {
    /// Work the walk hands out.
    package enum Job: Sendable, Hashable {
        case converge(String)
        case watch(Need)
    }

    private let needs: [String: [Need]]
    private let order: [String]
    private let finalNeeds: [Need]
    private var reached: Set<Need> = []
    private var issued: Set<Job> = []

    /// A walk over `needs` (service → what it waits for); `finalNeeds` are waited for at the end (`--wait`).
    package init(needs: [String: [Need]], finalNeeds: [Need] = []) {
        self.needs = needs
        self.order = needs.keys.sorted()
        self.finalNeeds = finalNeeds
    }

    /// Jobs that became possible; each is handed out once.
    package mutating func nextJobs() -> [Job] {
        var jobs: [Job] = []
        for service in order where !issued.contains(.converge(service)) {
            if (needs[service] ?? []).allSatisfy(reached.contains) {
                jobs.append(.converge(service))
            }
        }
        let wanted = needs.values.flatMap { $0 } + finalNeeds
        for need in wanted where need.milestone != .started && !reached.contains(need) {
            if reached.contains(Need(need.service, .started)) && !issued.contains(.watch(need)) {
                jobs.append(.watch(need))
            }
        }
        issued.formUnion(jobs)
        return jobs
    }

    /// Records a reached milestone.
    package mutating func reach(_ need: Need) {
        reached.insert(need)
    }

    /// True when every service was converged and every needed milestone reached.
    package var isFinished: Bool {
        order.allSatisfy { reached.contains(Need($0, .started)) }
            && (needs.values.flatMap { $0 } + finalNeeds).allSatisfy(reached.contains)
    }

    /// Services still waiting, for the error when the walk cannot go on (a need on an unknown service).
    package var stuck: [String] {
        order.filter { !issued.contains(.converge($0)) }
    }
}
