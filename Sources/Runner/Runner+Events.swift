import EngineAPI
import Planner

extension Runner {
    /// Follows the container events of a project on every daemon (not those of one-off containers; only
    /// `services`' when given) and hands each to `output`, merged in time order: an event is held back for
    /// `window` so one that happened earlier on the other daemon, but arrived later, goes first. Ends when cancelled.
    package func events(
        projectName: String, services: [String], window: Duration = .milliseconds(250),
        _ output: @escaping @Sendable (EventLine) async -> Void
    ) async throws {
        let merger = EventMerger(window: window)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for daemon in daemons.all {
                group.addTask {
                    try await Engines.call("follow events on the \(daemon.role.rawValue) daemon") {
                        try await daemon.engine.events(labels: [Labels.projectFilter(projectName)]) { event in
                            guard event.labels[Labels.oneoff] != "True" else { return }
                            guard services.isEmpty || services.contains(event.labels[Labels.service] ?? "") else { return }
                            await merger.add(EventLine(role: daemon.role.rawValue, event: event))
                        }
                    }
                }
            }
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: .milliseconds(50))
                    for line in await merger.due() { await output(line) }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }
}

/// Events held back for a moment, handed out in time order once the oldest arrival is `window` old.
private actor EventMerger {
    let window: Duration
    private var held: [(line: EventLine, arrived: ContinuousClock.Instant)] = []

    init(window: Duration) { self.window = window }

    func add(_ line: EventLine) { held.append((line, .now)) }

    /// Every held event that arrived `window` ago or earlier, with every one that happened before it, by time.
    func due() -> [EventLine] {
        let cutoff = ContinuousClock.now - window
        guard let newestDue = held.filter({ $0.arrived <= cutoff }).map(\.line.event.time).max() else { return [] }
        let ready = held.filter { $0.line.event.time <= newestDue }.sorted { $0.line.event.time < $1.line.event.time }
        held.removeAll { $0.line.event.time <= newestDue }
        return ready.map(\.line)
    }
}
