import Foundation
import ComposeModel
import EngineAPI
import Planner
import Runner
import Testing

/// Per-direction peer addressing: what `auto` picks from the daemons' `/info`, what `ip` and
/// `published` force, and what a consumer reaching a peer through the host is given at `up`.
@Suite struct PeerRouteTests {
    private func daemon(_ role: DaemonRole, desktop: Bool = false, _ mode: PeerAddressing.Mode = .auto) -> Daemon {
        var facts = DaemonFacts(os: role == .windows ? .windows : .linux)
        if desktop { facts.operatingSystem = "Docker Desktop" }
        return Daemon(role: role, engine: FakeEngine(subnet: "10.9"), facts: facts, address: "fake://\(role)", peerAddressing: PeerAddressing(mode))
    }

    /// Facts from an `/info` body as a daemon sends it, the way `EngineClient.facts()` builds them.
    private func facts(info json: String) throws -> DaemonFacts {
        let info = try JSONDecoder().decode(SystemInfo.self, from: Data(json.utf8))
        return DaemonFacts(info: info, apiVersion: APIVersion(1, 47), supportsCreatePlatform: true)
    }

    @Test("Docker Desktop's Linux engine is recognised from its /info, a Windows engine and a plain Linux one are not")
    func desktopFromInfo() throws {
        let desktop = try facts(info: #"{"OSType":"linux","OperatingSystem":"Docker Desktop","Name":"docker-desktop","ServerVersion":"28.3.2"}"#)
        let renamed = try facts(info: #"{"OSType":"linux","OperatingSystem":"Docker Desktop","Name":"my-pc"}"#)
        let windows = try facts(
            info: #"{"OSType":"windows","OperatingSystem":"Microsoft Windows Server Version 2022 (OS Build 20348.2340)","Name":"WIN-1","Isolation":"process"}"#)
        let desktopWindows = try facts(info: #"{"OSType":"windows","OperatingSystem":"Docker Desktop","Name":"docker-desktop"}"#)
        let plain = try facts(info: #"{"OSType":"linux","OperatingSystem":"Debian GNU/Linux 12 (bookworm)","Name":"ci"}"#)
        #expect(desktop.isDesktopLinuxEngine && renamed.isDesktopLinuxEngine)
        #expect(!windows.isDesktopLinuxEngine && !desktopWindows.isDesktopLinuxEngine && !plain.isDesktopLinuxEngine)
        #expect(desktopWindows.isDockerDesktop && windows.isolation == "process")
        // auto, from those answers: through the host towards Desktop's Linux engine only.
        let onDesktop = Daemon(role: .linux, engine: FakeEngine(subnet: "10.9"), facts: desktop, address: "npipe:////./pipe/dockerDesktopLinuxEngine")
        let onWindows = Daemon(role: .windows, engine: FakeEngine(subnet: "10.8"), facts: windows, address: "npipe:////./pipe/dockerDesktopWindowsEngine")
        #expect(PeerRoute.between(consumer: onWindows, peer: onDesktop).kind == .published)
        #expect(PeerRoute.between(consumer: onDesktop, peer: onWindows).kind == .ip)
    }

    @Test("auto reaches a peer on Docker Desktop's Linux engine through the host and every other peer by its IP")
    func autoPerDirection() {
        let desktopLinux = daemon(.linux, desktop: true)
        let windows = daemon(.windows)
        #expect(PeerRoute.between(consumer: windows, peer: desktopLinux).kind == .published)
        #expect(PeerRoute.between(consumer: desktopLinux, peer: windows).kind == .ip)
        #expect(PeerRoute.between(consumer: windows, peer: daemon(.linux)).kind == .ip)
        #expect(PeerRoute.between(consumer: windows, peer: desktopLinux).reason.contains("Docker Desktop's Linux engine"))
    }

    @Test("peer-address ip and published force the route whatever the daemons report")
    func forced() {
        #expect(PeerRoute.between(consumer: daemon(.windows), peer: daemon(.linux, desktop: true, .containerIP)).kind == .ip)
        #expect(PeerRoute.between(consumer: daemon(.linux), peer: daemon(.windows, .published)).kind == .published)
        #expect(PeerRoute.between(consumer: daemon(.linux), peer: daemon(.windows, .published)).reason == "x-mixcompose.windows.peer-address: published")
    }

    @Test("a peer reached through the host publishes its expose, ports and image ports 1:1 unless ports publishes them")
    func portsToPublish() {
        var service = Service(name: "db")
        service.expose = ["3000", "4000-4001/udp"]
        service.ports = [Service.Port(target: 80, published: "18080")]
        #expect(PeerPorts.toPublish(service, imageExposed: ["5432/tcp", "80/tcp"]) == ["3000/tcp", "4000/udp", "4001/udp", "5432/tcp"])
        let ports = [
            ContainerRecord.Port(target: 80, published: 18080), ContainerRecord.Port(target: 5432, published: 5432),
            ContainerRecord.Port(target: 9000),
        ]
        #expect(PeerPorts.remapped(ports).map { "\($0.port)=\($0.published)" } == ["80=18080"])
    }

    @Test("a Windows-role consumer of a peer on Docker Desktop's Linux engine gets its network's gateway, the ports published 1:1 and the remapped ones")
    func publishedAtUp() async throws {
        var fixture = Fixture()
        fixture.linuxFacts.operatingSystem = "Docker Desktop"
        var db = try #require(fixture.project.services["db"])
        db.expose = ["5432"]
        db.ports = [Service.Port(target: 80, published: "18080")]
        fixture.project.services["db"] = db
        fixture.addWindowsApp(dependingOn: "db")
        try await fixture.up()
        let created = try #require(await fixture.windows.container(named: "demo-app-1"))
        let env = created.request.env ?? []
        #expect(env.contains("DB_HOST=10.2.0.1"), "\(env)")
        #expect(env.contains("DB_PORT_80=18080"), "\(env)")
        #expect(created.record.labels["io.mixcompose.peer-routes"] == "db=published")
        #expect(created.record.labels["io.mixcompose.peers"] == "db=10.2.0.1")
        let dbContainer = try #require(await fixture.linux.container(named: "demo-db-1"))
        let bindings = dbContainer.request.hostConfig?.portBindings ?? [:]
        #expect(bindings["5432/tcp"]?.first?.hostPort == "5432")
        #expect(bindings["80/tcp"]?.first?.hostPort == "18080")
        // The linux client reaches the windows web by its IP: no ports published for it.
        let web = try #require(await fixture.windows.container(named: "demo-web-1"))
        #expect(web.request.hostConfig?.portBindings?.isEmpty ?? true)
        let client = try #require(await fixture.linux.container(named: "demo-client-1"))
        #expect(client.record.labels["io.mixcompose.peer-routes"] == "web=ip")
    }
}
