import EngineAPI
import Planner
import Runner
import Testing

/// `doctor` over fake daemons: edges found from the peers labels, ports, probe fallbacks, hints and the verdict.
@Suite struct DoctorTests {
    let linux = FakeEngine(subnet: "10.1")
    let windows = FakeEngine(subnet: "10.2")

    func runner(windowsAddressing: PeerAddressing = .containerIP) -> Runner {
        let daemons = DaemonSet([
            Daemon(
                role: .linux, engine: linux, facts: DaemonFacts(os: .linux, serverVersion: "27.3.1", operatingSystem: "Docker Desktop"),
                address: "fake://linux", origin: "--linux-host"),
            Daemon(
                role: .windows, engine: windows, facts: DaemonFacts(os: .windows, serverVersion: "26.1", isolation: "hyperv"),
                address: "fake://windows", peerAddressing: windowsAddressing, origin: "x-mixcompose.windows.context"),
        ])
        return Runner(daemons: daemons, output: RecordingSink())
    }

    static func record(
        _ service: String, id: String, address: String, peers: String? = nil, state: String = "running",
        ports: [ContainerRecord.Port] = [], environment: [String] = []
    ) -> ContainerRecord {
        var labels = [Labels.project: "demo", Labels.service: service, Labels.containerNumber: "1"]
        if let peers { labels[Labels.peers] = peers }
        return ContainerRecord(
            id: id, name: "demo-\(service)-1", image: "busybox", labels: labels, state: state,
            addresses: ["demo_default": state == "running" ? address : ""], ports: ports, environment: environment)
    }

    /// `client` on linux reaches `web` on windows at `address`; `web` exposes `ports`.
    func setUp(
        address: String = "10.2.0.5", webState: String = "running", clientState: String = "running", ports: [ContainerRecord.Port],
        environment: [String] = []
    ) async {
        await linux.add(
            container: Self.record("client", id: "c1", address: "10.1.0.9", peers: "web=\(address)", state: clientState, environment: environment))
        await windows.add(container: Self.record("web", id: "w1", address: "10.2.0.5", state: webState, ports: ports))
    }

    @Test("each tcp port of the peer is one edge, probed from inside the consumer with nc")
    func edgesPerPort() async throws {
        await setUp(ports: [ContainerRecord.Port(target: 80), ContainerRecord.Port(target: 443), ContainerRecord.Port(target: 53, protocol: "udp")])
        let report = try await runner().doctor(projectName: "demo")
        #expect(report.edges.map(\.name) == ["client-1 -> web", "client-1 -> web"])
        #expect(report.edges.map(\.port) == [80, 443])
        #expect(report.edges.allSatisfy { $0.reachable == true && $0.rttMilliseconds != nil && $0.address == "10.2.0.5" })
        #expect(!report.hasUnreachable)
        let probes = await linux.probes
        #expect(probes.map(\.container) == ["demo-client-1", "demo-client-1"])
        #expect(Set(probes.map(\.command)) == [["nc", "-z", "-w", "2", "10.2.0.5", "80"], ["nc", "-z", "-w", "2", "10.2.0.5", "443"]])
    }

    @Test("a host address is probed on the published port, and the consumer's <P>_PORT_<n> wins over it")
    func publishedPorts() async throws {
        await setUp(
            address: "192.168.65.254", ports: [ContainerRecord.Port(target: 80, published: 18080), ContainerRecord.Port(target: 81, published: 18081)],
            environment: ["WEB_PORT_81=28081"])
        let report = try await runner(windowsAddressing: .published(host: "192.168.65.254")).doctor(projectName: "demo")
        #expect(report.edges.map(\.port) == [18080, 28081])
    }

    @Test("busybox's nc, which lacks -z, is run with -e true instead; then wget")
    func fallbacks() async throws {
        await setUp(ports: [ContainerRecord.Port(target: 80)])
        await linux.set(probeAnswer: { _, command in
            command.contains("-z") ? ProbeOutcome(exitCode: 1, output: ["nc: invalid option -- 'z'", "Usage: nc [-iN] [-wN]"])
                : command.first == "nc" ? ProbeOutcome(exitCode: 126, output: ["exec failed"]) : ProbeOutcome(exitCode: 1, output: ["wget: server returned error: HTTP/1.1 404 Not Found"])
        })
        let report = try await runner().doctor(projectName: "demo")
        #expect(report.edges.map(\.reachable) == [true])
        #expect(await linux.probes.map { $0.command.first ?? "" } == ["nc", "nc", "wget"])
    }

    @Test("a refused connect makes the edge unreachable with a hint, and the report fails")
    func refused() async throws {
        await setUp(ports: [ContainerRecord.Port(target: 80)])
        await linux.set(probeAnswer: { _, _ in ProbeOutcome(exitCode: 1, output: ["nc: can't connect to remote host (10.2.0.5): Connection refused"]) })
        let report = try await runner().doctor(projectName: "demo")
        #expect(report.edges.map(\.reachable) == [false])
        #expect(report.edges.first?.hint?.hasPrefix("connection refused") == true)
        #expect(report.hasUnreachable)
        #expect(report.text.contains("client-1 -> web   10.2.0.5   80     no"))
        #expect(report.text.contains("  hint: connection refused"))
    }

    @Test("a host address without a published port is hinted as such")
    func notPublished() async throws {
        await setUp(address: "192.168.65.254", ports: [ContainerRecord.Port(target: 80)])
        await linux.set(probeAnswer: { _, _ in ProbeOutcome(exitCode: 1, output: ["nc: timed out"]) })
        let report = try await runner(windowsAddressing: .published(host: "192.168.65.254")).doctor(projectName: "demo")
        #expect(report.edges.first?.port == 80)
        #expect(report.edges.first?.hint == "port 80 of web is not published on the host: publish it (ports: [\"80:80\"])")
    }

    @Test("an address the peer no longer has is hinted as a wrong address")
    func staleAddress() async throws {
        await setUp(address: "10.2.0.77", ports: [ContainerRecord.Port(target: 80)])
        await linux.set(probeAnswer: { _, _ in ProbeOutcome(exitCode: 1, output: ["nc: timed out"]) })
        let report = try await runner().doctor(projectName: "demo")
        #expect(report.edges.first?.hint?.hasPrefix("wrong address: web now has 10.2.0.5") == true)
    }

    @Test("a peer that is not running is unreachable without a probe; a missing tool is not a failure")
    func notRunningAndNoTool() async throws {
        await setUp(webState: "exited", ports: [ContainerRecord.Port(target: 80)])
        let stopped = try await runner().doctor(projectName: "demo")
        #expect(stopped.edges.map(\.reachable) == [false])
        #expect(stopped.edges.first?.hint == "peer not running: start web (mixcompose start web)")
        #expect(await linux.probes.isEmpty)
        await windows.add(container: Self.record("web", id: "w1", address: "10.2.0.5", ports: [ContainerRecord.Port(target: 80)]))
        await linux.set(probeAnswer: { _, _ in ProbeOutcome(exitCode: 127, output: ["not found"]) })
        let untested = try await runner().doctor(projectName: "demo")
        #expect(untested.edges.map(\.reachable) == [nil])
        #expect(untested.edges.first?.hint == "cannot probe: no nc, wget or powershell in busybox")
        #expect(!untested.hasUnreachable)
    }

    @Test("the daemon section says how each endpoint was chosen and what runs there")
    func daemonSection() async throws {
        let report = try await runner().doctor(projectName: "demo")
        #expect(report.daemons.map(\.origin) == ["--linux-host", "x-mixcompose.windows.context"])
        #expect(report.daemons.map(\.dockerDesktop) == [true, false])
        #expect(report.daemons.map(\.isolation) == ["", "hyperv"])
        #expect(report.daemons.map(\.maximumAPIVersion) == ["1.43", "1.43"])
        #expect(report.edges.isEmpty)
        #expect(report.text.contains("windows: fake://windows (from x-mixcompose.windows.context)"))
        #expect(report.json.contains("\"docker_desktop\":true"))
    }

    @Test("a consumer that is not running is probed from a short-lived container of its image on its network, then removed")
    func probeContainer() async throws {
        await setUp(clientState: "exited", ports: [ContainerRecord.Port(target: 80)])
        let probe = "demo-client-1-doctor-web-80"
        await linux.set(exitOnStart: probe, code: 0)
        let seen = Requests()
        let engine = linux
        await linux.set(onStart: { name in await seen.add(engine.container(named: name)?.request) })
        let report = try await runner().doctor(projectName: "demo")
        #expect(report.edges.map(\.reachable) == [true])
        #expect(await linux.calls == ["create \(probe)", "start \(probe)", "remove \(probe)"])
        let request = try #require(await seen.all.first)
        #expect(request.entrypoint == ["nc"])
        #expect(request.cmd == ["-z", "-w", "2", "10.2.0.5", "80"])
        #expect(request.image == "busybox")
        #expect(request.hostConfig?.networkMode == "demo_default")
        #expect(await linux.probes.isEmpty)
    }
}

/// Create requests seen by a fake's start hook.
private actor Requests {
    var all: [ContainerCreateRequest] = []
    func add(_ request: ContainerCreateRequest?) { if let request { all.append(request) } }
}
