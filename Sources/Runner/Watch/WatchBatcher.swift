/// Turns a stream of changed paths into debounced batches (see `WatchDebouncer`) and hands each to a
/// handler; events that arrive while a batch is handled form the next one. Sleeps until the next
/// deadline or event, never polls.
package enum WatchBatcher {
    /// Reads `events` until they end (or the task is cancelled), calling `handle` with each batch; the
    /// batch pending when the events end is handled too. Rethrows the events' error.
    package static func run(
        _ events: AsyncThrowingStream<String, any Error>, quietPeriod: Duration = WatchDebouncer.composeQuietPeriod,
        handle: @escaping @Sendable ([String]) async -> Void
    ) async throws {
        let (wakes, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let state = PendingBatch(WatchDebouncer(quietPeriod: quietPeriod), wake: wake)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { wake.finish() }
                for try await path in events { await state.add(path) }
            }
            group.addTask {
                var iterator = wakes.makeAsyncIterator()
                while !Task.isCancelled {
                    if let deadline = await state.deadline {
                        try? await Task.sleep(until: deadline, clock: .continuous)
                        if let batch = await state.flush() { await handle(batch) }
                    } else if await iterator.next() == nil {
                        if let rest = await state.drain() { await handle(rest) }
                        return
                    }
                }
            }
            try await group.next()
            try await group.next()
        }
    }
}

/// The debouncer shared by the reading and the flushing task.
private actor PendingBatch {
    private var debouncer: WatchDebouncer
    private let wake: AsyncStream<Void>.Continuation

    init(_ debouncer: WatchDebouncer, wake: AsyncStream<Void>.Continuation) {
        self.debouncer = debouncer
        self.wake = wake
    }

    func add(_ path: String) {
        debouncer.add(path, at: .now)
        wake.yield()
    }

    var deadline: ContinuousClock.Instant? { debouncer.deadline }
    func flush() -> [String]? { debouncer.flush(at: .now) }
    func drain() -> [String]? { debouncer.drain() }
}
