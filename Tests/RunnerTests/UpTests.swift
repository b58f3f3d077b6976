import ComposeModel
import EngineAPI
import Planner
import Runner
import Testing

@Suite struct UpTests {
    @Test("a dependent is created with the address its cross-daemon peer got when it started")
    func createsAfterPeerStarted() async throws {
        let fixture = Fixture()
        try await fixture.up()
        let web = try #require(await fixture.windows.container(named: "demo-web-1"))
        let webAddress = try #require(web.record.addresses["demo_default"])
        #expect(!webAddress.isEmpty)
        let client = try #require(await fixture.linux.container(named: "demo-client-1"))
        #expect(client.request.env?.contains("WEB_HOST=\(webAddress)") == true)
        #expect(client.request.hostConfig?.extraHosts == ["web:\(webAddress)"])
        #expect(client.record.labels["io.mixcompose.peers"] == "web=\(webAddress)")
    }

    @Test("independent services on both daemons start at the same time")
    func startsBothDaemonsConcurrently() async throws {
        var fixture = Fixture()
        fixture.plan.services.removeAll { $0.name == "client" || $0.name == "api" }
        fixture.project.services["client"] = nil
        fixture.project.services["api"] = nil
        let rendezvous = Rendezvous()
        await fixture.linux.set { _ in await rendezvous.arrive() }
        await fixture.windows.set { _ in await rendezvous.arrive() }
        try await fixture.up()
        #expect(await rendezvous.met)
    }

    @Test("each image is inspected once per daemon: preflight's answer also gives the image-ID label")
    func inspectsEachImageOnce() async throws {
        let fixture = Fixture()
        try await fixture.up()
        #expect(await fixture.linux.inspectedImages == ["busybox"])
        #expect(await fixture.windows.inspectedImages.count == 1)
        let api = try #require(await fixture.linux.container(named: "demo-api-1"))
        #expect(api.record.labels["com.docker.compose.image"] == "sha256:busybox")
    }

    @Test("a second up with nothing changed creates, starts and removes nothing")
    func reUpIsIdempotent() async throws {
        let fixture = Fixture()
        try await fixture.up()
        let before = await fixture.calls()
        try await fixture.up()
        #expect(await fixture.calls() == before)
        #expect(await fixture.sink.events.filter { $0.status == "Running" }.count == 4)
    }

    @Test("a stopped container with an unchanged configuration is started, not recreated")
    func startsStoppedContainer() async throws {
        let fixture = Fixture()
        try await fixture.up()
        let db = try #require(await fixture.linux.container(named: "demo-db-1"))
        await fixture.linux.stopContainer(db.record.id, timeout: nil)
        try await fixture.up()
        #expect(await fixture.linux.container(named: "demo-db-1")?.record.id == db.record.id)
        #expect(await fixture.linux.calls.filter { $0 == "start demo-db-1" }.count == 2)
    }

    @Test("a changed service is recreated and so is the service given its new address; others are kept")
    func changedServiceRecreatesDependents() async throws {
        var fixture = Fixture()
        try await fixture.up()
        let db = try #require(await fixture.linux.container(named: "demo-db-1"))
        let oldClient = try #require(await fixture.linux.container(named: "demo-client-1"))
        fixture.project.services["web"]?.environment["MODE"] = "new"
        try await fixture.up()
        let web = try #require(await fixture.windows.container(named: "demo-web-1"))
        #expect(web.request.env == ["MODE=new"])
        let client = try #require(await fixture.linux.container(named: "demo-client-1"))
        #expect(client.record.id != oldClient.record.id)
        #expect(client.request.env?.contains("WEB_HOST=\(web.record.addresses["demo_default"] ?? "")") == true)
        #expect(await fixture.linux.container(named: "demo-db-1")?.record.id == db.record.id)
    }

    @Test("a container whose image changed locally (rebuilt or re-pulled) is recreated and labelled with the new ID")
    func changedImageRecreates() async throws {
        let fixture = Fixture()
        try await fixture.up()
        let db = try #require(await fixture.linux.container(named: "demo-db-1"))
        #expect(db.record.labels["com.docker.compose.image"] == "sha256:busybox")
        await fixture.linux.set(imageID: "sha256:rebuilt", for: "busybox")
        try await fixture.up()
        let recreated = try #require(await fixture.linux.container(named: "demo-db-1"))
        #expect(recreated.record.id != db.record.id)
        #expect(recreated.record.labels["com.docker.compose.image"] == "sha256:rebuilt")
    }

    @Test("an unhealthy dependency fails up naming it, and its dependent is never started")
    func unhealthyDependencyFails() async throws {
        let fixture = Fixture()
        await fixture.linux.set(healthOnStart: "demo-db-1", status: "unhealthy")
        await fixture.linux.set(output: ["starting db", "db: cannot open data"], for: "demo-db-1")
        let error = await #expect(throws: RunnerError.self) { try await fixture.up() }
        let message = try #require(error).description
        #expect(message.contains("demo-db-1"))
        #expect(message.contains("unhealthy"))
        #expect(message.contains("db: cannot open data"))
        #expect(await fixture.linux.container(named: "demo-api-1")?.record.state == "created")
    }

    @Test("a dependency that must complete successfully and exits non-zero fails up with its exit code")
    func failedCompletionFails() async throws {
        var fixture = Fixture()
        fixture.project.services["api"]?.dependsOn["db"] = .init(condition: .completedSuccessfully)
        await fixture.linux.set(exitOnStart: "demo-db-1", code: 3)
        let error = await #expect(throws: RunnerError.self) { try await fixture.up() }
        #expect(try #require(error).description.contains("exit 3"))
        #expect(await fixture.linux.container(named: "demo-api-1")?.record.state == "created")
    }

    @Test("a daemon that is down fails up before anything is created on either daemon")
    func daemonDownFailsFirst() async throws {
        let fixture = Fixture()
        await fixture.windows.set(reachable: false)
        let error = await #expect(throws: RunnerError.self) { try await fixture.up() }
        #expect(try #require(error).description.contains("fake://windows"))
        #expect(await fixture.calls().filter { $0.contains("create") }.isEmpty)
    }

    @Test("a windows image is never handed to the linux stand-in, and nothing is created")
    func wrongImageOSRefusedOnStandIn() async throws {
        let fixture = Fixture()
        try await fixture.windows.pullImage("busybox", platform: "windows")
        let error = await #expect(throws: RunnerError.self) { try await fixture.up() }
        #expect(try #require(error).description.contains("is a windows image"))
        #expect(await fixture.calls().filter { $0.contains("create") }.isEmpty)
    }

    @Test("with --pull never an image of the wrong OS is refused rather than pulled")
    func wrongImageOSRefusedWithoutPull() async throws {
        let fixture = Fixture()
        try await fixture.linux.pullImage("busybox", platform: "windows")
        let error = await #expect(throws: RunnerError.self) { try await fixture.up { $0.pull = .never } }
        #expect(try #require(error).description.contains("is a windows image"))
        #expect(await fixture.calls().filter { $0.hasPrefix("linux: create") || $0.hasPrefix("linux: pull busybox") }.count == 1)
    }

    @Test("with --pull never every missing image is named in one error, and nothing is created")
    func namesEveryMissingImage() async throws {
        var fixture = Fixture()
        fixture.project.services["db"]?.image = "mxc-fuzz-absent-db"
        fixture.project.services["web"]?.image = "mxc-fuzz-absent-web"
        let error = await #expect(throws: RunnerError.self) { try await fixture.up { $0.pull = .never } }
        let message = try #require(error).description
        #expect(message.hasPrefix("2 images are missing"))
        #expect(message.contains("image mxc-fuzz-absent-db for service db") && message.contains("image mxc-fuzz-absent-web for service web"))
        #expect(await fixture.calls().filter { $0.contains("create") }.isEmpty)
    }

    @Test("a dry run creates nothing and reports the containers it would create")
    func dryRunCreatesNothing() async throws {
        let fixture = Fixture()
        try await fixture.up { $0.dryRun = true }
        #expect(await fixture.calls().isEmpty)
        let creating = await fixture.sink.events.filter { $0.status == "Creating" && $0.kind == .container }.map(\.name)
        #expect(creating.sorted() == ["demo-api-1", "demo-client-1", "demo-db-1", "demo-web-1"])
    }

    @Test("up --no-deps brings up the selected service alone, leaving its stopped peer out with a warning, then taking the peer's address once it runs")
    func noDepsTakesRunningPeers() async throws {
        let fixture = Fixture()
        try await fixture.up {
            $0.services = ["client"]
            $0.noDeps = true
        }
        #expect(await fixture.windows.calls.isEmpty)
        let first = try #require(await fixture.linux.container(named: "demo-client-1")?.request)
        #expect(!(first.env ?? []).contains { $0.hasPrefix("WEB_HOST=") })
        #expect(await fixture.sink.warnings.contains("service client is not given the address of web, which is not running"))
        #expect(await fixture.linux.container(named: "demo-db-1") == nil)

        try await fixture.up { $0.services = ["web"] }
        try await fixture.up {
            $0.services = ["client"]
            $0.noDeps = true
        }
        let webIP = try #require(await fixture.windows.container(named: "demo-web-1")?.record.addresses.values.first)
        let second = try #require(await fixture.linux.container(named: "demo-client-1")?.request)
        #expect(second.env?.contains("WEB_HOST=\(webIP)") == true, "\(second.env ?? [])")
    }
}
