/// Bounds how many ordinary requests one client has in flight; the rest queue, first come first
/// served, for as long as it takes.
///
/// async-http-client gives up on a request that waits longer than its connect timeout for a pooled
/// connection (`getConnectionFromPoolTimeout`), so hundreds of concurrent creates or stops must queue
/// here, where waiting is not bounded, instead of in the pool. A cancelled waiter leaves the queue.
actor RequestGate {
    private let limit: Int
    private var inFlight = 0
    private var waiters: [(id: Int, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextID = 0

    /// A gate letting `limit` requests through at once.
    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Runs `body` once a slot is free, and frees it afterwards.
    nonisolated func passing<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        try await enter()
        do {
            let result = try await body()
            await leave()
            return result
        } catch {
            await leave()
            throw error
        }
    }

    private func enter() async throws {
        if inFlight < limit {
            inFlight += 1
            return
        }
        nextID += 1
        let id = nextID
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    waiters.append((id, continuation))
                }
            }
        } onCancel: {
            Task { await self.cancel(id) }
        }
    }

    private func leave() {
        // The slot passes straight to the next waiter, so inFlight stays the same.
        if waiters.isEmpty {
            inFlight -= 1
        } else {
            waiters.removeFirst().continuation.resume()
        }
    }

    private func cancel(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }
}
