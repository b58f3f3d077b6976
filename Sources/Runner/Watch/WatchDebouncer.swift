/// Groups file events into batches as Docker Compose's `BatchDebounceEvents` does: changed paths are
/// collected (each once) until none has arrived for `quietPeriod`, then handed out together, so an
/// editor saving many files at once causes one sync. Pure: the caller supplies the clock's readings.
package struct WatchDebouncer: Sendable {
    /// Compose's quiet period.
    package static let composeQuietPeriod: Duration = .milliseconds(500)

    package let quietPeriod: Duration
    private var pending: [String] = []
    private var seen: Set<String> = []
    private var lastEvent: ContinuousClock.Instant?

    /// A debouncer that flushes after `quietPeriod` without events.
    package init(quietPeriod: Duration = composeQuietPeriod) {
        self.quietPeriod = quietPeriod
    }

    /// Records that `path` changed at `now`; every event restarts the quiet period.
    package mutating func add(_ path: String, at now: ContinuousClock.Instant) {
        if seen.insert(path).inserted { pending.append(path) }
        lastEvent = now
    }

    /// When the pending batch is due, nil when nothing is pending.
    package var deadline: ContinuousClock.Instant? {
        pending.isEmpty ? nil : lastEvent.map { $0 + quietPeriod }
    }

    /// The pending paths in arrival order when the quiet period has passed at `now` (emptying the
    /// batch), otherwise nil.
    package mutating func flush(at now: ContinuousClock.Instant) -> [String]? {
        guard let deadline, now >= deadline else { return nil }
        return drain()
    }

    /// Every pending path, at once (the input ended).
    package mutating func drain() -> [String]? {
        guard !pending.isEmpty else { return nil }
        defer {
            pending = []
            seen = []
        }
        return pending
    }
}
