import ComposeModel
import Runner
import Synchronization
import Testing

@Suite struct WatchBatchingTests {
    @Test("the debouncer holds changes until none arrived for the quiet period, each path once, in arrival order")
    func debouncer() {
        var debouncer = WatchDebouncer(quietPeriod: .milliseconds(500))
        let start = ContinuousClock.now
        #expect(debouncer.deadline == nil)
        debouncer.add("/a", at: start)
        debouncer.add("/b", at: start + .milliseconds(300))
        debouncer.add("/a", at: start + .milliseconds(600))
        #expect(debouncer.deadline == start + .milliseconds(1100))
        #expect(debouncer.flush(at: start + .milliseconds(1000)) == nil, "a change 400 ms ago keeps the batch open")
        #expect(debouncer.flush(at: start + .milliseconds(1100)) == ["/a", "/b"])
        #expect(debouncer.deadline == nil)
        #expect(debouncer.flush(at: start + .seconds(5)) == nil)
        debouncer.add("/c", at: start + .seconds(6))
        #expect(debouncer.drain() == ["/c"])
    }

    @Test("the batcher hands out one batch per burst after the quiet period")
    func batcher() async throws {
        let (events, feed) = AsyncThrowingStream<String, any Error>.makeStream()
        let (handled, report) = AsyncStream<[String]>.makeStream()
        let batches = Mutex<[[String]]>([])
        // Queued before the batcher reads them, and a quiet period long enough for a loaded machine.
        feed.yield("/a")
        feed.yield("/b")
        feed.yield("/a")
        async let run: Void = WatchBatcher.run(events, quietPeriod: .seconds(1)) { batch in
            batches.withLock { $0.append(batch) }
            report.yield(batch)
        }
        var iterator = handled.makeAsyncIterator()
        #expect(await iterator.next() == ["/a", "/b"])
        feed.yield("/c")
        #expect(await iterator.next() == ["/c"])
        feed.finish()
        try await run
        #expect(batches.withLock { $0 } == [["/a", "/b"], ["/c"]])
    }

    @Test("when the events end, what is pending is handed out at once, without waiting for the quiet period", .timeLimit(.minutes(15)))
    func endFlushes() async throws {
        let (events, feed) = AsyncThrowingStream<String, any Error>.makeStream()
        let batches = Mutex<[[String]]>([])
        let start = ContinuousClock.now
        feed.yield("/d")
        feed.finish()
        // A quiet period of an hour, so that a test machine starved of threads for minutes still tells a
        // flush at the end from one after the quiet period.
        try await WatchBatcher.run(events, quietPeriod: .seconds(3600)) { batch in batches.withLock { $0.append(batch) } }
        #expect(batches.withLock { $0 } == [["/d"]])
        #expect(ContinuousClock.now - start < .seconds(600), "the batch waited for the quiet period")
    }

    @Test("a batch is sorted by rule: syncs per service, restarts and rebuilds once, each sync+exec rule once")
    func actions() throws {
        let hook = Service.Hook(command: ["kill", "-HUP", "1"])
        let rules = try [
            WatchRule(Service.Develop.Watch(path: "/p/web", action: "sync", target: "/app"), service: "web", dockerIgnore: nil),
            WatchRule(Service.Develop.Watch(path: "/p/web/conf", action: "sync+restart", target: "/etc/web"), service: "web", dockerIgnore: nil),
            WatchRule(Service.Develop.Watch(path: "/p/api", action: "rebuild"), service: "api", dockerIgnore: nil),
            WatchRule(Service.Develop.Watch(path: "/p/worker", action: "sync+exec", target: "/w", exec: hook), service: "worker", dockerIgnore: nil),
        ]
        let actions = WatchActions(batch: ["/p/web/a.js", "/p/web/conf/x.conf", "/p/api/main.go", "/p/api/go.mod", "/p/worker/1", "/p/worker/2", "/elsewhere"], rules: rules)
        #expect(actions.rebuild == ["api"])
        #expect(actions.restart == ["web"])
        #expect(actions.synced["web"]?.map(\.container) == ["/app/a.js", "/app/conf/x.conf", "/etc/web/x.conf"])
        #expect(actions.synced["worker"]?.map(\.container) == ["/w/1", "/w/2"])
        #expect(actions.synced["api"] == nil)
        #expect(actions.execs.map(\.service) == ["worker"] && actions.execs.first?.hook == hook)
    }
}
