import ComposeModel
import EngineAPI
import Planner
import Runner
import Testing

@Suite struct ScaleTests {
    @Test("scale: 3 creates replicas 1 to 3, each numbered, labelled and aliased by service and own name")
    func createsNumberedReplicas() async throws {
        var fixture = Fixture()
        fixture.project.services["db"]?.scale = 3
        try await fixture.up()
        for number in 1...3 {
            let name = "demo-db-\(number)"
            let db = try #require(await fixture.linux.container(named: name))
            #expect(db.record.labels["com.docker.compose.container-number"] == String(number))
            #expect(db.record.labels["com.docker.compose.service"] == "db")
            #expect(db.record.state == "running")
            let aliases = db.request.networkingConfig?.endpointsConfig["demo_default"]?.aliases
            #expect(aliases == ["db", name])
        }
        #expect(await fixture.linux.container(named: "demo-db-4") == nil)
    }

    @Test("deploy.replicas counts like scale, and --scale overrides both")
    func scaleOptionOverridesFile() async throws {
        var fixture = Fixture()
        fixture.project.services["db"]?.deploy = Service.Deploy()
        fixture.project.services["db"]?.deploy?.replicas = 2
        try await fixture.up()
        #expect(await fixture.linux.container(named: "demo-db-2") != nil)
        try await fixture.up { $0.scale = ["db": 3] }
        #expect(await fixture.linux.container(named: "demo-db-3") != nil)
    }

    @Test("scaling down stops and removes the highest-numbered replica and keeps the others")
    func scaleDownRemovesHighest() async throws {
        var fixture = Fixture()
        fixture.project.services["db"]?.scale = 3
        try await fixture.up()
        let first = try #require(await fixture.linux.container(named: "demo-db-1"))
        let second = try #require(await fixture.linux.container(named: "demo-db-2"))
        try await fixture.up { $0.scale = ["db": 2] }
        #expect(await fixture.linux.container(named: "demo-db-3") == nil)
        #expect(await fixture.linux.container(named: "demo-db-1")?.record.id == first.record.id)
        #expect(await fixture.linux.container(named: "demo-db-2")?.record.id == second.record.id)
        let calls = await fixture.linux.calls
        let stop = try #require(calls.firstIndex(of: "stop demo-db-3"))
        let remove = try #require(calls.firstIndex(of: "remove demo-db-3"))
        #expect(stop < remove)
        #expect(!calls.contains("remove demo-db-1") && !calls.contains("remove demo-db-2"))
    }

    @Test("a dependent waits for every replica: one unhealthy replica fails up and the dependent never starts")
    func dependentWaitsForAllReplicas() async throws {
        var fixture = Fixture()
        fixture.project.services["db"]?.scale = 3
        await fixture.linux.set(healthOnStart: "demo-db-3", status: "unhealthy")
        let error = await #expect(throws: RunnerError.self) { try await fixture.up() }
        #expect(try #require(error).description.contains("demo-db-3"))
        #expect(await fixture.linux.container(named: "demo-api-1")?.record.state == "created")
    }

    @Test("with every replica healthy the dependent starts after all of them")
    func dependentStartsAfterAllHealthy() async throws {
        var fixture = Fixture()
        fixture.project.services["db"]?.scale = 3
        try await fixture.up()
        let calls = await fixture.linux.calls
        let api = try #require(calls.firstIndex(of: "start demo-api-1"))
        for number in 1...3 {
            #expect(try #require(calls.firstIndex(of: "start demo-db-\(number)")) < api)
        }
    }

    @Test("a cross-daemon peer with replicas is reached through replica 1's address")
    func injectionUsesReplicaOne() async throws {
        var fixture = Fixture()
        fixture.project.services["web"]?.scale = 2
        try await fixture.up()
        let first = try #require(await fixture.windows.container(named: "demo-web-1")?.record.addresses["demo_default"])
        let second = try #require(await fixture.windows.container(named: "demo-web-2")?.record.addresses["demo_default"])
        #expect(first != second)
        let client = try #require(await fixture.linux.container(named: "demo-client-1"))
        #expect(client.request.env?.contains("WEB_HOST=\(first)") == true)
        #expect(client.request.hostConfig?.extraHosts == ["web:\(first)"])
    }

    @Test("a second up with replicas and nothing changed touches nothing; a change recreates every replica")
    func reUpWithReplicas() async throws {
        var fixture = Fixture()
        fixture.project.services["db"]?.scale = 3
        try await fixture.up()
        let before = await fixture.calls()
        try await fixture.up()
        #expect(await fixture.calls() == before)
        #expect(await fixture.sink.events.filter { $0.status == "Running" }.count == 6)
        let old = await fixture.linux.containers.values.filter { $0.record.service == "db" }.map(\.record.id)
        fixture.project.services["db"]?.environment["MODE"] = "new"
        try await fixture.up()
        for number in 1...3 {
            let db = try #require(await fixture.linux.container(named: "demo-db-\(number)"))
            #expect(!old.contains(db.record.id))
            #expect(db.request.env == ["MODE=new"])
        }
    }

    @Test("scale: 0 creates nothing; dependents do not wait for it and peers get no address")
    func scaleZero() async throws {
        var fixture = Fixture()
        fixture.project.services["db"]?.scale = 0
        fixture.project.services["web"]?.scale = 0
        try await fixture.up()
        #expect(await fixture.linux.container(named: "demo-db-1") == nil)
        #expect(await fixture.windows.container(named: "demo-web-1") == nil)
        #expect(await fixture.linux.container(named: "demo-api-1")?.record.state == "running")
        let client = try #require(await fixture.linux.container(named: "demo-client-1"))
        #expect(client.request.env?.contains { $0.hasPrefix("WEB_HOST=") } != true)
        #expect(await fixture.sink.warnings.contains { $0.contains("web") && $0.contains("scaled to 0") })
    }

    @Test("--scale naming no service, or scaling a service with container_name, fails before anything is created")
    func invalidScaleFails() async throws {
        var fixture = Fixture()
        let unknown = await #expect(throws: RunnerError.self) { try await fixture.up { $0.scale = ["nope": 2] } }
        #expect(unknown == .unknownService("nope"))
        fixture.project.services["db"]?.containerName = "the-db"
        let named = await #expect(throws: RunnerError.self) { try await fixture.up { $0.scale = ["db": 2] } }
        #expect(try #require(named).description.contains("container_name"))
        #expect(await fixture.calls().filter { $0.contains("create") }.isEmpty)
    }
}
