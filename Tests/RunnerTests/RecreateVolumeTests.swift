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
}
