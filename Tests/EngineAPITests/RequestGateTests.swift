import Testing

@testable import EngineAPI

/// `RequestGate` bounds the requests in flight and queues the rest instead of failing them.
@Suite struct RequestGateTests {
    /// Counts bodies running at once and remembers the highest count.
    actor Counter {
        var current = 0
        var highest = 0
        func enter() { current += 1; highest = max(highest, current) }
        func leave() { current -= 1 }
    }

    @Test("at most the limit of bodies run at once; every queued one still runs")
    func boundsAndQueues() async throws {
        let gate = RequestGate(limit: 4)
        let counter = Counter()
        let finished = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<40 {
                group.addTask {
                    try await gate.passing {
                        await counter.enter()
                        try await Task.sleep(for: .milliseconds(5))
                        await counter.leave()
                        return index
                    }
                }
            }
            var all: [Int] = []
            for try await index in group { all.append(index) }
            return all
        }
        #expect(finished.sorted() == Array(0..<40))
        #expect(await counter.highest == 4)
    }

    @Test("a cancelled waiter leaves the queue with CancellationError and frees nothing it did not hold")
    func cancelledWaiter() async throws {
        let gate = RequestGate(limit: 1)
        let (held, release) = AsyncStream<Void>.makeStream()
        let holder = Task { try await gate.passing { for await _ in held {} } }
        try await Task.sleep(for: .milliseconds(50))
        let waiter = Task { try await gate.passing { 1 } }
        try await Task.sleep(for: .milliseconds(50))
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        release.finish()
        try await holder.value
        #expect(try await gate.passing { 2 } == 2)
    }
}
