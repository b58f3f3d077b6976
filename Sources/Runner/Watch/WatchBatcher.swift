/// Turns a stream of changed paths into debounced batches (see `WatchDebouncer`) and hands each to a
/// handler; events that arrive while a batch is handled form the next one. Sleeps until the next
/// deadline or event, never polls.
package enum WatchBatcher {
    /// Reads `events` until they end (or the task is cancelled), calling `handle` with each batch; when the
    /// events end, what is pending is handled at once, as Compose flushes when its input closes. Rethrows
    /// the events' error.
    package static func run(
        _ events: AsyncThrowingStream<String, any Error>, quietPeriod: Duration = WatchDebouncer.composeQuietPeriod,
        handle: @escaping @Sendable ([String]) async -> Void
    ) async throws {
        let (wakes, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let state = PendingBatch(WatchDebouncer(quietPeriod: quietPeriod), wake: wake)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    for try await path in events { await state.add(path) }
                } catch {
                    await state.end()
                    throw error
                }
                await state.end()
            }
            group.addTask {
                var iterator = wakes.makeAsyncIterator()
                while !Task.isCancelled {
                    if await state.ended {
                        if let rest = await state.drain() { await handle(rest) }
                        return
                    }
                    if let deadline = await state.deadline {
                        await state.sleep(until: deadline)
                        if await !state.ended, let batch = await state.flush() { await handle(batch) }
                    } else {
                        _ = await iterator.next()
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}

/// The debouncer shared by the reading and the flushing task, and the flusher's wake-ups.
private actor PendingBatch {
    private var debouncer: WatchDebouncer
    private let wake: AsyncStream<Void>.Continuation
    private var sleeper: Task<Void, Never>?
    private(set) var ended = false

    init(_ debouncer: WatchDebouncer, wake: AsyncStream<Void>.Continuation) {
        self.debouncer = debouncer
        self.wake = wake
    }

    func add(_ path: String) {
        debouncer.add(path, at: .now)
        wake.yield()
    }

    /// The events ended: the flusher stops sleeping and hands out what is pending.
    func end() {
        ended = true
        sleeper?.cancel()
        wake.finish()
    }

    /// Sleeps until `deadline`, or until the events end or the calling task is cancelled.
    func sleep(until deadline: ContinuousClock.Instant) async {
        guard !ended else { return }
        let sleeper = Task { _ = try? await Task.sleep(until: deadline, clock: .continuous) }
        self.sleeper = sleeper
        await withTaskCancellationHandler { await sleeper.value } onCancel: { sleeper.cancel() }
        self.sleeper = nil
    }

    var deadline: ContinuousClock.Instant? { debouncer.deadline }
    func flush() -> [String]? { debouncer.flush(at: .now) }
    func drain() -> [String]? { debouncer.drain() }
}
