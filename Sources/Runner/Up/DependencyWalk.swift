/// The bookkeeping of `up`'s graph walk, free of I/O: which containers may be created or started
/// now and which milestones must be watched, given what has been reached so far.
///
/// A container is created as soon as the peers whose addresses it is given have started, and
/// started as soon as every need of its own is reached, so independent branches on both daemons
/// proceed at once; a milestone beyond `started` is watched only when someone needs it.
package struct DependencyWalk: Sendable {
    /// Work the walk hands out.
    package enum Job: Sendable, Hashable {
        case create(String)
        case start(String)
        case watch(Need)
    }

    private let needs: [String: [Need]]
    private let createNeeds: [String: [Need]]
    private let order: [String]
    private let finalNeeds: [Need]
    private var created: Set<String> = []
    private var reached: Set<Need> = []
    private var issued: Set<Job> = []

    /// A walk over `needs` (service → what it waits for before start) and `createNeeds` (what it
    /// waits for before create); `finalNeeds` are waited for at the end (`--wait`).
    package init(needs: [String: [Need]], createNeeds: [String: [Need]] = [:], finalNeeds: [Need] = []) {
        self.needs = needs
        self.createNeeds = createNeeds
        self.order = needs.keys.sorted()
        self.finalNeeds = finalNeeds
    }

    /// Jobs that became possible; each is handed out once.
    package mutating func nextJobs() -> [Job] {
        var jobs: [Job] = []
        for service in order {
            if !issued.contains(.create(service)), (createNeeds[service] ?? []).allSatisfy(reached.contains) {
                jobs.append(.create(service))
            }
            if created.contains(service), !issued.contains(.start(service)), (needs[service] ?? []).allSatisfy(reached.contains) {
                jobs.append(.start(service))
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

    /// Records that a service's container exists.
    package mutating func created(_ service: String) {
        created.insert(service)
    }

    /// Records a reached milestone.
    package mutating func reach(_ need: Need) {
        reached.insert(need)
    }

    /// True when every service was started and every needed milestone reached.
    package var isFinished: Bool {
        order.allSatisfy { reached.contains(Need($0, .started)) }
            && (needs.values.flatMap { $0 } + finalNeeds).allSatisfy(reached.contains)
    }

    /// Services not started, for the error when the walk cannot go on.
    package var stuck: [String] {
        order.filter { !reached.contains(Need($0, .started)) }
    }
}
