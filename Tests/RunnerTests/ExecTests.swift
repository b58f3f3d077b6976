import EngineAPI
import Synchronization
import Runner
import Testing

@Suite struct ExecTests {
    @Test("exec runs in the service's running container on the daemon the plan puts it on and returns the exit code")
    func execOnPlannedDaemon() async throws {
        let fixture = Fixture()
        try await fixture.up()
        await fixture.windows.set(execExit: 3)
        var options = ExecOptions(service: "web", command: ["cat"])
        options.environment = ["A=1"]
        options.user = "nobody"
        let (input, feed) = AsyncStream<[UInt8]>.makeStream()
        feed.yield(Array("hi".utf8))
        feed.finish()
        let echoed = Mutex<[UInt8]>([])
        let io = ExecIO(input: input, output: { chunk in echoed.withLock { $0 += chunk.bytes } })
        let code = try await fixture.runner.exec(projectName: "demo", plan: fixture.plan, options: options, io: io)
        #expect(code == 3)
        #expect(echoed.withLock { $0 } == Array("hi".utf8))
        let sent = try #require(await fixture.windows.execs.last)
        #expect(sent.cmd == ["cat"] && sent.env == ["A=1"] && sent.user == "nobody" && sent.attachStdin && !sent.tty)
        #expect(await fixture.linux.execs.isEmpty)
        #expect(await fixture.windows.calls.contains("exec demo-web-1 cat"))
    }

    @Test("exec refuses an unknown service, a stopped one and a missing replica, touching nothing")
    func refusals() async throws {
        let fixture = Fixture()
        let io = ExecIO(input: nil, output: { _ in })
        let unknown = await #expect(throws: RunnerError.self) {
            try await fixture.runner.exec(projectName: "demo", plan: fixture.plan, options: ExecOptions(service: "nope", command: ["ls"]), io: io)
        }
        #expect(unknown == .unknownService("nope"))
        let stopped = await #expect(throws: RunnerError.self) {
            try await fixture.runner.exec(projectName: "demo", plan: fixture.plan, options: ExecOptions(service: "web", command: ["ls"]), io: io)
        }
        #expect(stopped?.description == "service \"web\" is not running")
        try await fixture.up()
        var second = ExecOptions(service: "web", command: ["ls"])
        second.index = 2
        let missing = await #expect(throws: RunnerError.self) {
            try await fixture.runner.exec(projectName: "demo", plan: fixture.plan, options: second, io: io)
        }
        #expect(missing?.description == "service \"web\" is not running container #2")
        #expect(await fixture.windows.execs.isEmpty)
    }

    @Test("a TTY exec is sized from the terminal's sizes; a detached one starts and returns 0")
    func ttyAndDetach() async throws {
        let fixture = Fixture()
        try await fixture.up()
        await fixture.linux.set(execExit: 9)
        var options = ExecOptions(service: "db", command: ["sh"])
        options.tty = true
        let (sizes, resized) = AsyncStream<(rows: Int, columns: Int)>.makeStream()
        resized.yield((rows: 24, columns: 80))
        let (input, feed) = AsyncStream<[UInt8]>.makeStream()
        let io = ExecIO(input: input, output: { _ in }, sizes: sizes)
        let ttyOptions = options
        async let code = fixture.runner.exec(projectName: "demo", plan: fixture.plan, options: ttyOptions, io: io)
        while await !fixture.linux.calls.contains(where: { $0.hasPrefix("resize") }) { try await Task.sleep(for: .milliseconds(10)) }
        feed.finish()
        #expect(try await code == 9)
        #expect(await fixture.linux.calls.contains("resize exec-1 24x80"))
        options.detach = true
        options.tty = false
        #expect(try await fixture.runner.exec(projectName: "demo", plan: fixture.plan, options: options, io: io) == 0)
        let detached = try #require(await fixture.linux.execs.last)
        #expect(!detached.attachStdin && !detached.attachStdout)
    }
}
