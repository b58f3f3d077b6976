import ComposeModel
import EngineAPI
import Planner
import Testing
import YAML

@testable import Runner

@Suite struct SmallPartsTests {
    @Test("Go durations convert to nanoseconds", arguments: [
        ("1m30s", Int64(90_000_000_000)), ("500ms", 500_000_000), ("1.5h", 5_400_000_000_000), ("2us", 2_000), ("0", 0),
        ("10s", 10_000_000_000),
    ])
    func durations(text: String, nanoseconds: Int64) {
        #expect(GoDuration.nanoseconds(text) == nanoseconds)
    }

    @Test("text that is not a Go duration is refused", arguments: ["", "ten", "5", "1x", "s"])
    func badDurations(text: String) {
        #expect(GoDuration.nanoseconds(text) == nil)
    }

    @Test("the walk creates early, starts a service only when its needs are reached, and watches only needed milestones")
    func walk() {
        var walk = DependencyWalk(
            needs: ["db": [], "api": [Need("db", .healthy)], "web": [Need("api", .started)]],
            createNeeds: ["web": [Need("api", .started)]])
        #expect(walk.nextJobs() == [.create("api"), .create("db")])
        walk.created("db")
        walk.created("api")
        #expect(walk.nextJobs() == [.start("db")])
        walk.reach(Need("db", .started))
        #expect(walk.nextJobs() == [.watch(Need("db", .healthy))])
        #expect(walk.nextJobs().isEmpty)
        walk.reach(Need("db", .healthy))
        #expect(walk.nextJobs() == [.start("api")])
        walk.reach(Need("api", .started))
        #expect(walk.nextJobs() == [.create("web")])
        walk.created("web")
        #expect(walk.nextJobs() == [.start("web")])
        #expect(!walk.isFinished)
        walk.reach(Need("web", .started))
        #expect(walk.isFinished)
    }

    @Test("x-mixcompose names each role's daemon and its peer addressing")
    func settings() throws {
        let text = """
            x-mixcompose:
              linux: {host: "tcp://10.0.0.2:2376", peer-address: published, host-address: 192.168.65.254}
              windows: {context: desktop-windows}
            """
        let node = try #require(try YAMLParser.parse(Array(text.utf8), file: "compose.yaml").first?.mapping?["x-mixcompose"])
        var project = Project(name: "demo", workingDirectory: "/")
        project.extensions["x-mixcompose"] = node
        let settings = try DaemonSettings(project: project)
        #expect(settings.roles[.linux]?.host == "tcp://10.0.0.2:2376")
        #expect(settings.roles[.linux]?.peerAddressing == PeerAddressing(.published, hostAddress: "192.168.65.254"))
        #expect(settings.roles[.windows]?.context == "desktop-windows")
        #expect(settings.roles[.windows]?.peerAddressing == PeerAddressing(.auto), "auto is the default")
    }

    @Test("an unknown x-mixcompose key is an error naming it")
    func badSettings() throws {
        let node = try #require(try YAMLParser.parse(Array("x-mixcompose: {linux: {hots: x}}".utf8), file: "c").first?.mapping?["x-mixcompose"])
        var project = Project(name: "demo", workingDirectory: "/")
        project.extensions["x-mixcompose"] = node
        #expect(throws: RunnerError.invalidSetting("unknown key x-mixcompose.linux.hots (known: host, context, peer-address, host-address)")) {
            try DaemonSettings(project: project)
        }
    }

    @Test("a daemon's OS decides its role; a linux daemon plays windows only as a stand-in")
    func placement() throws {
        let engine = FakeEngine(subnet: "10.9")
        let source = DaemonResolver.Source(role: nil, endpoint: .localDefault, origin: "default", peerAddressing: PeerAddressing())
        var options = DaemonOptions()
        let windows = try DaemonResolver.place(source, facts: DaemonFacts(os: .windows), taken: [], options: options, engine: engine) { _ in }
        #expect(windows?.role == .windows)
        let lcow = try DaemonResolver.place(source, facts: DaemonFacts(os: .windowsLCOW), taken: [], options: options, engine: engine) { _ in }
        #expect(lcow?.role == .linux)
        var forWindows = source
        forWindows.role = .windows
        #expect(throws: RunnerError.self) {
            try DaemonResolver.place(forWindows, facts: DaemonFacts(os: .linux), taken: [], options: options, engine: engine) { _ in }
        }
        options.windowsStandIn = true
        var warnings: [String] = []
        let standIn = try DaemonResolver.place(forWindows, facts: DaemonFacts(os: .linux), taken: [], options: options, engine: engine) {
            warnings.append($0)
        }
        #expect(standIn?.isStandIn == true)
        #expect(warnings.count == 1)
    }
}
