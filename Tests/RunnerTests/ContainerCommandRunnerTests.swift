import EngineAPI
import Runner
import Synchronization
import Testing

/// The container commands over two fake daemons: each finds its containers by the project's labels on
/// whichever daemon runs them, and touches only those it should.
@Suite struct ContainerCommandRunnerTests {
    @Test("kill signals the running containers on both daemons, one-offs too, orphans only when no project restricts it")
    func kill() async throws {
        let fixture = Fixture()
        try await fixture.up()
        await fixture.windows.add(container: ContainerRecord(
            id: "orphan", name: "demo-old-1", labels: ["com.docker.compose.project": "demo", "com.docker.compose.service": "old"],
            state: "running"))
        await fixture.linux.add(container: ContainerRecord(
            id: "oneoff", name: "demo-db-run-1", labels: [
                "com.docker.compose.project": "demo", "com.docker.compose.service": "db", "com.docker.compose.oneoff": "True",
            ], state: "running"))
        let known: Set<String> = ["web", "client", "db", "api"]
        #expect(try await fixture.runner.kill(projectName: "demo", services: ["web", "db"], known: known, signal: "SIGTERM"))
        let calls = await fixture.calls().filter { $0.contains(": kill ") }.sorted()
        #expect(calls == ["linux: kill demo-db-1 SIGTERM", "linux: kill demo-db-run-1 SIGTERM", "windows: kill demo-web-1 SIGTERM"])
        #expect(try await fixture.runner.kill(projectName: "demo", known: known, signal: nil))
        #expect(await fixture.windows.calls.contains("kill demo-old-1 SIGKILL") == false)
        #expect(try await fixture.runner.kill(projectName: "demo", known: nil, signal: nil))
        #expect(await fixture.windows.calls.contains("kill demo-old-1 SIGKILL"))
        #expect(try await fixture.runner.kill(projectName: "demo", known: nil, signal: nil) == false)
    }

    @Test("pause and unpause act on each service's containers on their own daemon; unpausing a running one fails as in Compose")
    func pauseAndUnpause() async throws {
        let fixture = Fixture()
        try await fixture.up()
        try await fixture.runner.pause(projectName: "demo", services: ["web", "db"], known: nil)
        #expect(await fixture.windows.container(named: "demo-web-1")?.record.state == "paused")
        #expect(await fixture.linux.container(named: "demo-db-1")?.record.state == "paused")
        #expect(await fixture.linux.container(named: "demo-api-1")?.record.state == "running")
        try await fixture.runner.unpause(projectName: "demo", services: ["web"], known: nil)
        #expect(await fixture.windows.container(named: "demo-web-1")?.record.state == "running")
        await #expect(throws: RunnerError.self) { try await fixture.runner.unpause(projectName: "demo", known: nil) }
        #expect(await fixture.linux.container(named: "demo-db-1")?.record.state == "running")
        #expect(await fixture.sink.events.contains(ProgressEvent(.container, "demo-web-1", "Paused", role: "windows")))
    }

    @Test("rm finds only stopped containers, on both daemons, and removes them")
    func remove() async throws {
        let fixture = Fixture()
        try await fixture.up()
        try await fixture.runner.stop(projectName: "demo", services: ["web", "api"])
        let stopped = try await fixture.runner.removableContainers(projectName: "demo", known: nil)
        #expect(stopped.map(\.name) == ["demo-api-1", "demo-web-1"])
        #expect(stopped.map(\.daemon) == ["linux", "windows"])
        try await fixture.runner.remove(stopped, volumes: true)
        #expect(await fixture.windows.container(named: "demo-web-1") == nil)
        #expect(await fixture.linux.container(named: "demo-api-1") == nil)
        #expect(await fixture.linux.container(named: "demo-db-1") != nil)
        #expect(try await fixture.runner.removableContainers(projectName: "demo", known: nil).isEmpty)
    }

    @Test("wait blocks until every container exits, reports each, and returns the last one's exit code")
    func wait() async throws {
        let fixture = Fixture()
        try await fixture.up()
        await fixture.windows.set(exitOnStart: "demo-web-1", code: 3)
        await fixture.linux.set(exitOnStart: "demo-db-1", code: 5)
        let reported = Mutex<[String]>([])
        async let code = fixture.runner.wait(projectName: "demo", services: ["web", "db"]) { record, code in
            reported.withLock { $0.append("\(record.name)=\(code)") }
        }
        while await !fixture.linux.calls.contains("wait demo-db-1") { try await Task.sleep(for: .milliseconds(5)) }
        await fixture.windows.exitGate.release("demo-web-1")
        while reported.withLock({ $0.isEmpty }) { try await Task.sleep(for: .milliseconds(5)) }
        await fixture.linux.exitGate.release("demo-db-1")
        #expect(try await code == 5)
        #expect(reported.withLock { $0 } == ["demo-web-1=3", "demo-db-1=5"])
        let none = await #expect(throws: RunnerError.self) {
            try await fixture.runner.wait(projectName: "other", services: ["web"]) { _, _ in }
        }
        #expect(none?.description == "no containers for project \"other\"")
    }

    @Test("port answers from the planned daemon's container, and names its bindings when the port is not bound")
    func port() async throws {
        let fixture = Fixture()
        try await fixture.up()
        await fixture.windows.add(container: ContainerRecord(
            id: "web-2", name: "demo-web-2",
            labels: ["com.docker.compose.project": "demo", "com.docker.compose.service": "web", "com.docker.compose.container-number": "2"],
            state: "running", ports: [.init(target: 80, published: 8080, hostIP: "0.0.0.0"), .init(target: 53, published: 5353, hostIP: "0.0.0.0", protocol: "udp")]))
        let address = try await fixture.runner.port(projectName: "demo", plan: fixture.plan, service: "web", privatePort: 53, protocol: "udp", index: 2)
        #expect(address == "0.0.0.0:5353")
        let missing = await #expect(throws: RunnerError.self) {
            try await fixture.runner.port(projectName: "demo", plan: fixture.plan, service: "web", privatePort: 53, protocol: "tcp", index: 2)
        }
        #expect(missing?.description == "no port 53/tcp for container demo-web-2: 8080/tcp, 5353/udp")
        let unknown = await #expect(throws: RunnerError.self) {
            try await fixture.runner.port(projectName: "demo", plan: fixture.plan, service: "nope", privatePort: 80, protocol: "tcp", index: nil)
        }
        #expect(unknown == .unknownService("nope"))
    }

    @Test("top and images list every container with its daemon")
    func topAndImages() async throws {
        let fixture = Fixture()
        try await fixture.up()
        let entries = try await fixture.runner.top(projectName: "demo", services: ["web", "db"])
        #expect(Set(entries.map { "\($0.container) \($0.daemon) \($0.replica)" }) == ["demo-web-1 windows 1", "demo-db-1 linux 1"])
        let rows = try await fixture.runner.images(projectName: "demo")
        #expect(rows.count == 4)
        #expect(rows.first { $0.container == "demo-web-1" }?.daemon == "windows")
        #expect(rows.allSatisfy { $0.repositoryAndTag == ("busybox", "latest") || $0.reference == "busybox" })
    }
}
