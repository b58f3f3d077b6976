import ComposeModel
import EngineAPI
import Planner
import Testing

@testable import Runner

/// A recreated container keeps its predecessor's anonymous volumes, as Docker Compose carries them over.
@Suite struct RecreateVolumeTests {
    @Test("a changed service's new container mounts the old container's anonymous volume again")
    func anonymousVolumeCarriedOver() async throws {
        var fixture = Fixture()
        fixture.project.services["db"]?.volumes = [
            Service.ServiceVolume(type: .volume, source: nil, target: "/data"),
            Service.ServiceVolume(type: .tmpfs, source: nil, target: "/cache"),
        ]
        try await fixture.up()
        let first = try #require(await fixture.linux.container(named: "demo-db-1"))
        #expect(first.request.hostConfig?.mounts?.first { $0.target == "/data" }?.source == nil)
        fixture.project.services["db"]?.environment = ["CHANGED": "1"]
        try await fixture.up()
        let second = try #require(await fixture.linux.container(named: "demo-db-1"))
        #expect(second.record.id != first.record.id)
        #expect(second.record.labels["com.docker.compose.replace"] == "db-1")
        let mounts = second.request.hostConfig?.mounts ?? []
        #expect(mounts.first { $0.target == "/data" }?.source == "anonymous-\(first.record.id)")
        #expect(mounts.first { $0.target == "/cache" }?.type == "tmpfs")
        #expect(mounts.count == 2)
    }

    @Test("a path the image declares as a VOLUME is carried over too; a mount with a source there wins")
    func imageVolumes() throws {
        var service = Service(name: "db")
        service.volumes = [Service.ServiceVolume(type: .volume, source: "named", target: "/named")]
        let daemon = Daemon(role: .linux, engine: FakeEngine(subnet: "10.1"), facts: DaemonFacts(os: .linux), address: "fake")
        var project = Project(name: "demo", workingDirectory: "/srv/demo")
        project.services["db"] = service
        var blueprint = try BlueprintBuilder.blueprint(for: service, in: BlueprintContext(project: project, daemon: daemon))
        BlueprintBuilder.inheriting(
            [
                ContainerRecord.MountedVolume(type: "volume", source: "old-anon", destination: "/var/lib/db"),
                ContainerRecord.MountedVolume(type: "volume", source: "named", destination: "/named"),
                ContainerRecord.MountedVolume(type: "volume", source: "elsewhere", destination: "/other"),
            ],
            imageVolumes: ["/var/lib/db", "/named"], service: service, into: &blueprint)
        let mounts = blueprint.request.hostConfig?.mounts ?? []
        #expect(mounts.map(\.target) == ["/named", "/var/lib/db"])
        #expect(mounts.last == Mount(type: "volume", source: "old-anon", target: "/var/lib/db", readOnly: false))
        #expect(mounts.first?.source == "named")
    }

    @Test("-V recreates the selected service, unchanged, with a new anonymous volume instead of the old one")
    func renewAnonymousVolumes() async throws {
        var fixture = Fixture()
        fixture.project.services["db"]?.volumes = [Service.ServiceVolume(type: .volume, source: nil, target: "/data")]
        try await fixture.up()
        let first = try #require(await fixture.linux.container(named: "demo-db-1"))
        try await fixture.up {
            $0.services = ["db"]
            $0.renewAnonymousVolumes = true
        }
        let second = try #require(await fixture.linux.container(named: "demo-db-1"))
        #expect(second.record.id != first.record.id)
        #expect(second.request.hostConfig?.mounts?.first { $0.target == "/data" }?.source == nil)
    }

    @Test("--force-recreate recreates the selected services only, --always-recreate-deps the services they depend on")
    func recreateScopes() async throws {
        let fixture = Fixture()
        try await fixture.up()
        let ids = { (name: String) async -> String? in
            if let linux = await fixture.linux.container(named: name) { return linux.record.id }
            return await fixture.windows.container(named: name)?.record.id
        }
        let (client, web) = (await ids("demo-client-1"), await ids("demo-web-1"))
        try await fixture.up {
            $0.services = ["client"]
            $0.forceRecreate = true
        }
        let (forcedClient, keptWeb) = (await ids("demo-client-1"), await ids("demo-web-1"))
        #expect(forcedClient != client && keptWeb == web)
        try await fixture.up {
            $0.services = ["client"]
            $0.alwaysRecreateDependencies = true
        }
        let recreatedWeb = await ids("demo-web-1")
        #expect(recreatedWeb != web)
    }
}
