import ComposeModel
import EngineAPI
import Planner
@testable import Runner
import Testing

@Suite struct ImageCommandsTests {
    /// The fixture with `web` (windows role) building `registry.test/web:1` and `db` pulling with `pull_policy: never`.
    static func fixture() -> Fixture {
        var fixture = Fixture()
        fixture.project.services["web"]?.image = "registry.test/web:1"
        var build = Service.Build()
        build.context = "/nonexistent"
        fixture.project.services["web"]?.build = build
        fixture.project.services["db"]?.pullPolicy = "never"
        return fixture
    }

    @Test("pull pulls each image once on its service's daemon and skips pull_policy: never as Compose does")
    func pullsPerDaemon() async throws {
        let fixture = Self.fixture()
        try await fixture.runner.pull(fixture.project, plan: fixture.plan, options: TransferOptions())
        #expect(await fixture.linux.calls.filter { $0.hasPrefix("pull") } == ["pull busybox"])
        #expect(await fixture.windows.calls.filter { $0.hasPrefix("pull") } == ["pull registry.test/web:1"])
        #expect(await fixture.sink.events.contains(ProgressEvent(.service, "db", "Skipped", role: "linux")))
        #expect(await fixture.sink.events.contains(ProgressEvent(.service, "client", "Skipped - Image is already being pulled by api", role: "linux")))
    }

    @Test("pull of an image that fails: an error naming it, a hint to build a buildable one, success with --ignore-pull-failures")
    func pullFailures() async throws {
        let fixture = Self.fixture()
        await fixture.windows.set(pullFailure: "manifest unknown")
        var options = TransferOptions()
        options.services = ["web"]
        let failed = await #expect(throws: RunnerError.self) {
            try await fixture.runner.pull(fixture.project, plan: fixture.plan, options: options)
        }
        #expect(failed == .pullFailed(service: "web", image: "registry.test/web:1", role: "windows", reason: "manifest unknown"))
        #expect(await fixture.sink.warnings.contains { $0.contains("mixcompose build web") })
        options.ignoreFailures = true
        try await fixture.runner.pull(fixture.project, plan: fixture.plan, options: options)
        options.services = ["nope"]
        let unknown = await #expect(throws: RunnerError.self) {
            try await fixture.runner.pull(fixture.project, plan: fixture.plan, options: options)
        }
        #expect(unknown == .unknownService("nope"))
    }

    @Test("push pushes only services with build: and image:, from their own daemon; a refusal names service and daemon")
    func push() async throws {
        let fixture = Self.fixture()
        try await fixture.runner.push(fixture.project, plan: fixture.plan, options: TransferOptions())
        #expect(await fixture.windows.calls.filter { $0.hasPrefix("push") } == ["push registry.test/web:1"])
        #expect(await fixture.linux.calls.filter { $0.hasPrefix("push") }.isEmpty)
        #expect(await fixture.sink.events.contains(ProgressEvent(.service, "api", "Skipped", role: "linux")))
        await fixture.windows.set(failure: "denied", for: "push")
        let refused = await #expect(throws: RunnerError.self) {
            try await fixture.runner.push(fixture.project, plan: fixture.plan, options: TransferOptions())
        }
        #expect(refused == .pushFailed(service: "web", image: "registry.test/web:1", role: "windows", reason: "denied"))
        var ignoring = TransferOptions()
        ignoring.ignoreFailures = true
        try await fixture.runner.push(fixture.project, plan: fixture.plan, options: ignoring)
    }

    @Test("pull --ignore-buildable skips services with build:, --policy always overrides every service's own policy")
    func pullOptions() async throws {
        let fixture = Self.fixture()
        var options = TransferOptions()
        options.ignoreBuildable = true
        options.policy = .always
        try await fixture.runner.pull(fixture.project, plan: fixture.plan, options: options)
        #expect(await fixture.windows.calls.filter { $0.hasPrefix("pull") }.isEmpty)
        #expect(await fixture.sink.events.contains(ProgressEvent(.service, "web", "Skipped - Image can be built", role: "windows")))
        #expect(await fixture.linux.calls.filter { $0.hasPrefix("pull") } == ["pull busybox"])
        #expect(await !fixture.sink.events.contains(ProgressEvent(.service, "db", "Skipped", role: "linux")))
    }

    @Test("an image reads as latest when tagged so or untagged, never with a digest")
    func latest() {
        #expect(Runner.isLatest("busybox") && Runner.isLatest("registry:5000/a/b") && Runner.isLatest("a/b:latest"))
        #expect(!Runner.isLatest("busybox:1") && !Runner.isLatest("registry:5000/a/b:2") && !Runner.isLatest("a@sha256:00"))
    }
}
