/// Events held back for a moment, handed out in time order once the oldest arrival is `window` old.
actor EventMerger {
    let window: Duration
    private var held: [(line: EventLine, arrived: ContinuousClock.Instant)] = []

    init(window: Duration) { self.window = window }

    func add(_ line: EventLine) { held.append((line, .now)) }

    /// Every held event, by time.
    func drain() -> [EventLine] {
        defer { held.removeAll() }
        return held.sorted { $0.line.event.time < $1.line.event.time }.map(\.line)
    }

    /// Every held event that arrived `window` ago or earlier, with every one that happened before it, by time.
    func due() -> [EventLine] {
        let cutoff = ContinuousClock.now - window
        guard let newestDue = held.filter({ $0.arrived <= cutoff }).map(\.line.event.time).max() else { return [] }
        let ready = held.filter { $0.line.event.time <= newestDue }.sorted { $0.line.event.time < $1.line.event.time }
        held.removeAll { $0.line.event.time <= newestDue }
        return ready.map(\.line)
    }
}
