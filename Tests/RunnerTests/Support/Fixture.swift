import Foundation
import ComposeModel
import EngineAPI
import Planner
import Runner

/// A two-daemon setup over fakes: a project, its plan, the daemons and a recording sink.
struct Fixture {
    let linux = FakeEngine(subnet: "10.1", images: ["busybox": "linux"])
    let windows = FakeEngine(subnet: "10.2", images: ["busybox": "linux"])
    let sink = RecordingSink()
    /// What the linux daemon reports (`operatingSystem: "Docker Desktop"` to play Docker Desktop's Linux engine).
    var linuxFacts = DaemonFacts(os: .linux)
    var linuxAddressing = PeerAddressing()
    var project: Project
    var plan: Plan

    /// `web` on the windows stand-in; `client` on linux reaching it through `WEB_HOST` and a hosts
    /// entry; `db` (healthcheck) and `api` (waits for db healthy) on linux.
    init(name: String = "demo") {
        project = Project(name: name, workingDirectory: "/work/demo")
        var web = Service(name: "web")
        web.image = "busybox"
        web.command = ["httpd", "-f"]
        var client = Service(name: "client")
        client.image = "busybox"
        client.dependsOn = ["web": Service.Dependency()]
        var db = Service(name: "db")
        db.image = "busybox"
        db.healthcheck = Service.Healthcheck()
        db.healthcheck?.test = ["CMD", "true"]
        db.healthcheck?.interval = "1s"
        var api = Service(name: "api")
        api.image = "busybox"
        api.dependsOn = ["db": Service.Dependency(condition: .healthy)]
        for service in [web, client, db, api] { project.services[service.name] = service }
        project.networks["default"] = Network(key: "default", name: "\(name)_default")
        plan = Plan(
            projectName: name,
            services: [
                PlannedService(name: "api", role: .linux, os: .linux, reason: "", dependsOn: ["db"]),
                PlannedService(
                    name: "client", role: .linux, os: .linux, reason: "", dependsOn: ["web"], createAfterStarted: ["web"],
                    inject: Injection(env: ["WEB_HOST": .peerAddress(service: "web")], hosts: ["web"])),
                PlannedService(name: "db", role: .linux, os: .linux, reason: ""),
                PlannedService(name: "web", role: .windows, os: .windows, reason: ""),
            ],
            waves: [], edges: [], diagnostics: Diagnostics())
    }

    /// Adds `app` on the windows role, depending on the linux service `peer` and given its address
    /// (`<PEER>_HOST` and a hosts entry), as the planner would plan it.
    mutating func addWindowsApp(dependingOn peer: String) {
        var app = Service(name: "app")
        app.image = "busybox"
        app.dependsOn = [peer: Service.Dependency()]
        project.services["app"] = app
        plan.services.append(
            PlannedService(
                name: "app", role: .windows, os: .windows, reason: "", dependsOn: [peer], createAfterStarted: [peer],
                inject: Injection(env: ["\(peer.uppercased())_HOST": .peerAddress(service: peer)], hosts: [peer])))
        plan.services.sort { $0.name < $1.name }
    }

    var daemons: DaemonSet {
        DaemonSet([
            Daemon(role: .linux, engine: linux, facts: linuxFacts, address: "fake://linux", peerAddressing: linuxAddressing),
            Daemon(role: .windows, engine: windows, facts: DaemonFacts(os: .linux), address: "fake://windows", isStandIn: true),
        ])
    }

    var runner: Runner { Runner(daemons: daemons, output: sink) }

    /// Runs `up` with default options (plus `change`).
    func up(_ change: (inout UpOptions) -> Void = { _ in }) async throws {
        var options = UpOptions()
        options.timeout = 30
        change(&options)
        try await runner.up(project, plan: plan, options: options)
    }

    /// Every call both fakes recorded, prefixed by role.
    func calls() async -> [String] {
        await linux.calls.map { "linux: \($0)" } + windows.calls.map { "windows: \($0)" }
    }
}

/// A sink that keeps everything it is told.
actor RecordingSink: ProgressSink {
    var events: [ProgressEvent] = []
    var lines: [String] = []
    var warnings: [String] = []
    var prefixes: Set<String> = []
    var statuses: [String] = []

    func progress(_ event: ProgressEvent) { events.append(event) }
    func log(service: String, container: String, line: String) {
        lines.append("\(service) | \(line)")
        prefixes.insert(container.trimmingCharacters(in: .whitespaces))
    }
    func status(_ message: String) { statuses.append(message) }
    func warning(_ message: String) { warnings.append(message) }
}

/// Lets a test see whether two starts were in flight at once: each arrival waits (a bounded time)
/// for the other, so a sequential runner fails the expectation instead of hanging.
actor Rendezvous {
    private var arrived = 0
    private(set) var met = false

    func arrive() async {
        arrived += 1
        for _ in 0..<500 where arrived < 2 {
            try? await Task.sleep(for: .milliseconds(10))
        }
        if arrived >= 2 { met = true }
    }
}
