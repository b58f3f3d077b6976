import ComposeModel
import EngineAPI
import Planner
import Runner
import Testing

/// How `up` replaces a changed container: Docker Compose's create-aside, stop, remove, rename, start.
@Suite struct RecreateTests {
    /// The fixture brought up once, with `db` then changed so the next `up` recreates it.
    private func upThenChangeDB() async throws -> (fixture: Fixture, old: ContainerRecord) {
        var fixture = Fixture()
        fixture.project.services["db"]?.stopSignal = "SIGINT"
        fixture.project.services["db"]?.stopGracePeriod = "45s"
        try await fixture.up()
        let old = try #require(await fixture.linux.container(named: "demo-db-1")).record
        fixture.project.services["db"]?.environment["MODE"] = "new"
        return (fixture, old)
    }

    @Test("a changed container is created aside, the old one stopped gracefully and removed, the new one renamed, then started")
    func recreateOrder() async throws {
        let (fixture, old) = try await upThenChangeDB()
        let oldRequest = try #require(await fixture.linux.container(named: "demo-db-1")).request
        let before = await fixture.linux.calls.count
        try await fixture.up()
        let temporary = "\(old.id.prefix(12))_demo-db-1"
        let calls = await fixture.linux.calls.dropFirst(before).filter { $0.contains("demo-db-1") }
        #expect(calls == ["create \(temporary)", "stop demo-db-1", "remove demo-db-1", "rename \(temporary) to demo-db-1", "start demo-db-1"])
        // No timeout: the daemon uses the old container's own stop signal and grace period, set from the service.
        #expect(await fixture.linux.stops.last?.timeout == nil)
        #expect(oldRequest.stopSignal == "SIGINT" && oldRequest.stopTimeout == 45)
        let new = try #require(await fixture.linux.container(named: "demo-db-1"))
        #expect(new.record.id != old.id && new.record.state == "running")
        #expect(new.record.labels["com.docker.compose.replace"] == "db-1")
        let statuses = await fixture.sink.events.filter { $0.name == "demo-db-1" }.map(\.status)
        #expect(statuses.contains("Recreate") && statuses.contains("Recreated") && !statuses.contains("Removed"))
    }

    @Test("up -t is the timeout of the stop of a recreated container")
    func recreateUsesUpTimeout() async throws {
        let (fixture, _) = try await upThenChangeDB()
        try await fixture.up { $0.stopTimeout = 5 }
        #expect(await fixture.linux.stops.map(\.name) == ["demo-db-1"])
        #expect(await fixture.linux.stops.first?.timeout == 5)
    }

    @Test("a failed create fails up and leaves the old container running under its own name")
    func failedCreateKeepsOld() async throws {
        let (fixture, old) = try await upThenChangeDB()
        await fixture.linux.set(failure: "no such image: busybox", for: "create \(old.id.prefix(12))_demo-db-1")
        let error = await #expect(throws: RunnerError.self) { try await fixture.up() }
        #expect(try #require(error).description.contains("no such image"))
        let db = try #require(await fixture.linux.container(named: "demo-db-1"))
        #expect(db.record.id == old.id && db.record.state == "running")
        #expect(await fixture.linux.stops.isEmpty)
        #expect(await fixture.linux.containers.count == 3)
        #expect(await fixture.sink.events.contains { $0.name == "demo-db-1" && $0.status == "Error" })
    }

    @Test("when the old container cannot be removed, the replacement is removed and the old one started again")
    func failedRemoveRestoresOld() async throws {
        let (fixture, old) = try await upThenChangeDB()
        await fixture.linux.set(failure: "removal already in progress", for: "remove demo-db-1")
        await #expect(throws: RunnerError.self) { try await fixture.up() }
        let db = try #require(await fixture.linux.container(named: "demo-db-1"))
        #expect(db.record.id == old.id && db.record.state == "running")
        #expect(await fixture.linux.containers.count == 3)
        #expect(await fixture.linux.calls.suffix(2) == ["remove \(old.id.prefix(12))_demo-db-1", "start demo-db-1"])
    }

    @Test("a failed start of the new container fails up and leaves it created, as Compose does; the next up starts it")
    func failedStartKeepsNew() async throws {
        let (fixture, old) = try await upThenChangeDB()
        await fixture.linux.set(failure: "port is already allocated", for: "start demo-db-1")
        await #expect(throws: RunnerError.self) { try await fixture.up() }
        let created = try #require(await fixture.linux.container(named: "demo-db-1"))
        #expect(created.record.id != old.id && created.record.state == "created")
        await fixture.linux.set(failure: nil, for: "start demo-db-1")
        try await fixture.up()
        let started = try #require(await fixture.linux.container(named: "demo-db-1"))
        #expect(started.record.id == created.record.id && started.record.state == "running")
    }

    @Test("a replacement left under its temporary name by a failed rename is removed by the next up")
    func failedRenameConverges() async throws {
        let (fixture, old) = try await upThenChangeDB()
        let rename = "rename \(old.id.prefix(12))_demo-db-1 to demo-db-1"
        await fixture.linux.set(failure: "daemon busy", for: rename)
        await #expect(throws: RunnerError.self) { try await fixture.up() }
        await fixture.linux.set(failure: nil, for: rename)
        try await fixture.up()
        let names = await fixture.linux.containers.values.map(\.record.name).sorted()
        #expect(names == ["demo-api-1", "demo-client-1", "demo-db-1"])
        #expect(await fixture.linux.container(named: "demo-db-1")?.record.state == "running")
    }

    @Test("a dry run of a recreate calls nothing and reports it")
    func dryRunRecreate() async throws {
        let (fixture, _) = try await upThenChangeDB()
        let before = await fixture.calls()
        try await fixture.up { $0.dryRun = true }
        #expect(await fixture.calls() == before)
        #expect(await fixture.sink.events.contains { $0.name == "demo-db-1" && $0.status == "Recreated" })
    }
}
