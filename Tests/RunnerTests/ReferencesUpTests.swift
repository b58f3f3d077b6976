import ComposeModel
import EngineAPI
import Planner
import Runner
import Testing

@Suite struct ReferencesUpTests {
    /// The fixture with `db` given an environment secret and a content config.
    func fixtureWithSecrets() -> Fixture {
        var fixture = Fixture()
        var secret = FileObject(key: "token", name: "demo_token")
        secret.environment = "TOKEN"
        var config = FileObject(key: "settings", name: "demo_settings")
        config.content = "a=1\n"
        fixture.project.secrets["token"] = secret
        fixture.project.configs["settings"] = config
        fixture.project.environment["TOKEN"] = "s3cret"
        fixture.project.services["db"]?.secrets = [Service.FileReference(source: "token", target: "/run/secrets/token")]
        fixture.project.services["db"]?.configs = [Service.FileReference(source: "settings")]
        return fixture
    }

    @Test("secrets and configs are written into a new container after create and before start")
    func injectsBeforeStart() async throws {
        let fixture = fixtureWithSecrets()
        try await fixture.up()
        let calls = await fixture.linux.calls.filter { $0.hasSuffix("demo-db-1") || $0.contains("archive demo-db-1") }
        #expect(calls == ["create demo-db-1", "archive demo-db-1 /", "archive demo-db-1 /", "start demo-db-1"])
        let archives = await fixture.linux.archives
        #expect(archives.map(\.copyUIDGID) == [false, false])
        #expect(archives.first.map { String(decoding: $0.archive[512..<518], as: UTF8.self) } == "s3cret")
    }

    @Test("a kept container that is stopped gets its secrets written in again before it starts, as in Compose")
    func reinjectsBeforeRestart() async throws {
        let fixture = fixtureWithSecrets()
        try await fixture.up()
        let db = try #require(await fixture.linux.container(named: "demo-db-1"))
        await fixture.linux.stopContainer(db.record.id, timeout: nil)
        try await fixture.up()
        #expect(await fixture.linux.container(named: "demo-db-1")?.record.id == db.record.id)
        #expect(await fixture.linux.archives.filter { $0.container == "demo-db-1" }.count == 4)
        try await fixture.up()
        #expect(await fixture.linux.archives.count == 4, "a running container is left alone")
    }

    @Test("a changed secret value recreates the container; an unchanged one keeps it")
    func changedSecretRecreates() async throws {
        var fixture = fixtureWithSecrets()
        try await fixture.up()
        let first = try #require(await fixture.linux.container(named: "demo-db-1"))
        try await fixture.up()
        #expect(await fixture.linux.container(named: "demo-db-1")?.record.id == first.record.id)
        fixture.project.environment["TOKEN"] = "rotated"
        try await fixture.up()
        #expect(await fixture.linux.container(named: "demo-db-1")?.record.id != first.record.id)
    }

    @Test("what Compose refuses is refused before anything is created: unset variable, read-only service, external secret")
    func refusals() async throws {
        var unset = fixtureWithSecrets()
        unset.project.environment = [:]
        await #expect(throws: RunnerError.invalidSetting("environment variable \"TOKEN\" required by secret \"demo_token\" is not set")) {
            try await unset.up()
        }
        var readOnly = fixtureWithSecrets()
        readOnly.project.services["db"]?.readOnly = true
        await #expect(throws: RunnerError.self) { try await readOnly.up() }
        #expect(await readOnly.linux.calls.contains("create demo-db-1") == false)
        var external = fixtureWithSecrets()
        external.project.secrets["token"]?.external = true
        await #expect(throws: RunnerError.invalidSetting("unsupported external secret demo_token")) { try await external.up() }
    }

    @Test("uid, gid and mode of a bind-mounted file are ignored with Compose's warning, as is a missing secret file")
    func bindWarnings() async throws {
        var fixture = Fixture()
        var secret = FileObject(key: "cert", name: "demo_cert")
        secret.file = "/nonexistent/mxc-refs/cert.pem"
        fixture.project.secrets["cert"] = secret
        var reference = Service.FileReference(source: "cert", target: "/run/secrets/cert")
        reference.mode = "0400"
        fixture.project.services["db"]?.secrets = [reference]
        try await fixture.up()
        let warnings = await fixture.sink.warnings
        #expect(warnings.contains("secrets `uid`, `gid` and `mode` are not supported, they will be ignored"), "\(warnings)")
        #expect(warnings.contains("secret file demo_cert does not exist"), "\(warnings)")
        let db = try #require(await fixture.linux.container(named: "demo-db-1"))
        #expect(db.request.hostConfig?.mounts?.map(\.source) == ["/nonexistent/mxc-refs/cert.pem"])
        #expect(await fixture.linux.archives.isEmpty)
    }

    @Test("a service sharing another's namespace is created after it started, naming its container by id")
    func namespaceAfterTarget() async throws {
        var fixture = Fixture()
        fixture.project.services["api"]?.networkMode = "service:db"
        fixture.project.services["api"]?.ipc = "service:db"
        try await fixture.up()
        let db = try #require(await fixture.linux.container(named: "demo-db-1"))
        let api = try #require(await fixture.linux.container(named: "demo-api-1"))
        #expect(api.request.hostConfig?.networkMode == "container:\(db.record.id)")
        #expect(api.request.hostConfig?.ipcMode == "container:\(db.record.id)")
        let calls = await fixture.linux.calls
        let started = try #require(calls.firstIndex(of: "start demo-db-1"))
        let created = try #require(calls.firstIndex(of: "create demo-api-1"))
        #expect(started < created)
    }

    @Test("links go to the same daemon's containers only; a peer on the other daemon gives no link")
    func linksStayOnTheirDaemon() async throws {
        var fixture = Fixture()
        fixture.project.services["client"]?.links = ["web:frontend"]
        fixture.project.services["api"]?.links = ["db:sql"]
        try await fixture.up()
        let client = try #require(await fixture.linux.container(named: "demo-client-1"))
        #expect(client.request.hostConfig?.links == nil)
        let api = try #require(await fixture.linux.container(named: "demo-api-1"))
        #expect(api.request.hostConfig?.links == ["demo-db-1:sql", "demo-db-1:db-1", "demo-db-1:demo-db-1"])
        #expect(await fixture.sink.warnings.filter { $0.contains("links") }.isEmpty)
    }

    @Test("links on a service with several networks reach every endpoint, those joined after create too")
    func linksOnSeveralNetworks() async throws {
        var fixture = Fixture()
        fixture.project.networks["back"] = Network(key: "back", name: "demo_back")
        fixture.project.services["api"]?.links = ["db:sql"]
        fixture.project.services["api"]?.networks = ["default": nil, "back": nil]
        try await fixture.up()
        #expect(await !fixture.sink.warnings.contains { $0.contains("links") })
        let api = try #require(await fixture.linux.container(named: "demo-api-1"))
        let links = try #require(api.request.hostConfig?.links)
        #expect(api.request.networkingConfig?.endpointsConfig["demo_back"]?.links == links)
        #expect(await fixture.linux.connected["demo_default"]?.links == links)
    }
}
