import ComposeModel
import Runner
import Testing

@Suite struct DownTests {
    @Test("down removes the project's containers and networks but nothing unlabelled, and keeps volumes without -v")
    func downKeepsForeignAndVolumes() async throws {
        var fixture = Fixture()
        fixture.project.volumes["data"] = Volume(key: "data", name: "demo_data")
        fixture.project.services["db"]?.volumes = [Service.ServiceVolume(type: .volume, source: "data", target: "/data")]
        try await fixture.up()
        await fixture.linux.add(container: ContainerRecord(id: "foreign", name: "other", state: "running"))
        await fixture.linux.add(network: NetworkRecord(id: "net-other", name: "other_default"))
        await fixture.linux.add(volume: VolumeRecord(name: "other_data"))
        try await fixture.runner.down(projectName: "demo", project: fixture.project, options: DownOptions())
        #expect(await fixture.linux.containers.keys.sorted() == ["foreign"])
        #expect(await fixture.windows.containers.isEmpty)
        #expect(await fixture.linux.networkList.map(\.name) == ["other_default"])
        #expect(await fixture.linux.volumeList.map(\.name).sorted() == ["demo_data", "other_data"])
    }

    @Test("down -v also removes the project's named volumes, and only those")
    func downWithVolumes() async throws {
        var fixture = Fixture()
        fixture.project.volumes["data"] = Volume(key: "data", name: "demo_data")
        fixture.project.services["db"]?.volumes = [Service.ServiceVolume(type: .volume, source: "data", target: "/data")]
        try await fixture.up()
        await fixture.linux.add(volume: VolumeRecord(name: "other_data"))
        var options = DownOptions()
        options.volumes = true
        try await fixture.runner.down(projectName: "demo", project: fixture.project, options: options)
        #expect(await fixture.linux.volumeList.map(\.name) == ["other_data"])
    }

    @Test("down retries a network the daemon still holds endpoints on while containers are attached, then removes it")
    func downWaitsForReleasingNetwork() async throws {
        let fixture = Fixture()
        try await fixture.up()
        let network = try #require(await fixture.linux.networkList.first?.name)
        await fixture.linux.hold(network: network, failures: 3, attached: 1)
        try await fixture.runner.down(projectName: "demo", project: fixture.project, options: DownOptions())
        #expect(await fixture.linux.networkList.isEmpty)
        #expect(await fixture.linux.calls.filter { $0.hasPrefix("remove network") }.count == 4)
    }

    @Test("down names dockerd's endpoint-count leak after 5 s when the refused network lists no container, not after 94 s")
    func downReportsLeakedEndpoints() async throws {
        let fixture = Fixture()
        try await fixture.up()
        let network = try #require(await fixture.linux.networkList.first?.name)
        await fixture.linux.hold(network: network, failures: 1_000, attached: 0)
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: RunnerError.self) {
            try await fixture.runner.down(projectName: "demo", project: fixture.project, options: DownOptions())
        }
        #expect(String(describing: error).contains("moby/moby#43286") && String(describing: error).contains(network), "\(String(describing: error))")
        // 5 s of an empty network, not the 94 s given to a network whose containers are still being released.
        #expect(clock.now - start < .seconds(60))
        #expect(await fixture.linux.containers.isEmpty)
        #expect(await fixture.windows.containers.isEmpty)
    }

    @Test("down stops a dependent before the service it depends on")
    func downInReverseOrder() async throws {
        let fixture = Fixture()
        try await fixture.up()
        try await fixture.runner.down(projectName: "demo", project: nil, options: DownOptions())
        let calls = await fixture.linux.calls
        let api = try #require(calls.firstIndex(of: "remove demo-api-1"))
        let db = try #require(calls.firstIndex(of: "stop demo-db-1"))
        #expect(api < db)
    }

    @Test("ps lists the containers of both daemons with the daemon of each")
    func psAcrossDaemons() async throws {
        let fixture = Fixture()
        try await fixture.up()
        let rows = try await fixture.runner.ps(projectName: "demo")
        #expect(rows.map { "\($0.name) \($0.daemon)" } == [
            "demo-api-1 linux", "demo-client-1 linux", "demo-db-1 linux", "demo-web-1 windows",
        ])
        #expect(rows[3].jsonLine().contains("\"Daemon\":\"windows\""))
    }

    /// The fixture with `web` built (no `image:`, so `demo-web` on the windows role), the images a build leaves
    /// on each daemon, and one built for a service the file no longer has.
    static func builtFixture() async -> Fixture {
        var fixture = Fixture()
        fixture.project.services["web"]?.image = nil
        fixture.project.services["web"]?.build = Service.Build()
        await fixture.windows.add(image: "demo-web", labels: ["com.docker.compose.project": "demo", "com.docker.compose.service": "web"])
        await fixture.linux.add(image: "demo-gone", labels: ["com.docker.compose.project": "demo", "com.docker.compose.service": "gone"])
        await fixture.linux.add(image: "other-web", labels: ["com.docker.compose.project": "other", "com.docker.compose.service": "web"])
        return fixture
    }

    @Test("down --rmi local removes, on each daemon, the images built for the project's services, an orphan service's only with --remove-orphans")
    func removesLocalImages() async throws {
        let fixture = await Self.builtFixture()
        var options = DownOptions()
        options.images = .local
        try await fixture.runner.down(projectName: "demo", project: fixture.project, options: options)
        #expect(await fixture.windows.images["demo-web"] == nil)
        #expect(await fixture.linux.images.keys.sorted() == ["busybox", "demo-gone", "other-web"])
        #expect(await fixture.windows.images.keys.sorted() == ["busybox"])
        #expect(await fixture.windows.calls == ["remove image demo-web:latest"])

        options.removeOrphans = true
        try await fixture.runner.down(projectName: "demo", project: fixture.project, options: options)
        #expect(await fixture.linux.images.keys.sorted() == ["busybox", "other-web"])
    }

    @Test("down --rmi all also removes every service's image: on each daemon holding it; one a container still uses stays, with a warning")
    func removesAllImages() async throws {
        let fixture = await Self.builtFixture()
        await fixture.linux.add(container: ContainerRecord(id: "foreign", name: "other", image: "busybox", state: "running"))
        var options = DownOptions()
        options.images = .all
        try await fixture.runner.down(projectName: "demo", project: fixture.project, options: options)
        #expect(await fixture.windows.images.isEmpty)
        #expect(await fixture.linux.images.keys.sorted() == ["busybox", "demo-gone", "other-web"])
        #expect(await fixture.sink.warnings.contains("image busybox:latest (linux) is still in use; not removed"))
    }

    @Test("down --rmi all without a file removes the images the project's containers ran, on their daemons")
    func removesContainerImagesWithoutFile() async throws {
        let fixture = Fixture()
        try await fixture.up { $0.services = ["db"] }
        var options = DownOptions()
        options.images = .all
        try await fixture.runner.down(projectName: "demo", project: nil, options: options)
        #expect(await fixture.linux.images["busybox"] == nil)
        #expect(await fixture.windows.images["busybox"] != nil)
    }

    @Test("down --rmi --dry-run names the images and removes none")
    func dryRunRemovesNoImage() async throws {
        let fixture = await Self.builtFixture()
        var options = DownOptions()
        options.images = .all
        options.dryRun = true
        try await fixture.runner.down(projectName: "demo", project: fixture.project, options: options)
        #expect(await fixture.windows.images.keys.sorted() == ["busybox", "demo-web"])
        let named = await fixture.sink.events.filter { $0.kind == .image }.map { "\($0.name) \($0.role ?? "")" }
        #expect(named.sorted() == ["busybox:latest linux", "busybox:latest windows", "demo-web:latest windows"])
    }
}
