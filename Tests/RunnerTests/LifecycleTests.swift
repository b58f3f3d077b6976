import ComposeModel
import Planner
import Runner
import Testing

@Suite struct LifecycleTests {
    @Test("cancelling up mid-way leaves only labelled containers, and a second up converges")
    func cancelThenConverge() async throws {
        let fixture = Fixture()
        let gate = Gate()
        await fixture.linux.set { name in
            if name == "demo-client-1" { await gate.holdOnce() }
        }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await fixture.up() }
            await gate.waitUntilHeld()
            group.cancelAll()
        }
        for engine in [fixture.linux, fixture.windows] {
            for container in await engine.containers.values {
                #expect(container.record.labels["com.docker.compose.project"] == "demo")
            }
        }
        try await fixture.up()
        let running = try await fixture.runner.ps(projectName: "demo").map(\.name)
        #expect(running == ["demo-api-1", "demo-client-1", "demo-db-1", "demo-web-1"])
    }

    @Test("--wait returns only when every service is running and healthy, and fails on an unhealthy one")
    func waitOption() async throws {
        var fixture = Fixture()
        fixture.plan.services.removeAll { $0.name == "api" }
        fixture.project.services["api"] = nil
        await fixture.linux.set(healthOnStart: "demo-db-1", status: "unhealthy")
        let error = await #expect(throws: RunnerError.self) { try await fixture.up { $0.wait = true } }
        #expect(try #require(error).description.contains("demo-db-1"))
        try await fixture.up()
    }

    @Test("orphans are reported, and removed only with --remove-orphans")
    func orphans() async throws {
        var fixture = Fixture()
        try await fixture.up()
        fixture.plan.services.removeAll { $0.name == "api" }
        fixture.project.services["api"] = nil
        try await fixture.up()
        #expect(await fixture.sink.warnings.contains { $0.contains("demo-api-1") })
        #expect(await fixture.linux.container(named: "demo-api-1") != nil)
        try await fixture.up { $0.removeOrphans = true }
        #expect(await fixture.linux.container(named: "demo-api-1") == nil)
    }

    @Test("stop stops every container, start starts them again in dependency order")
    func stopStart() async throws {
        let fixture = Fixture()
        try await fixture.up()
        try await fixture.runner.stop(projectName: "demo")
        #expect(try await fixture.runner.ps(projectName: "demo").isEmpty)
        try await fixture.runner.start(projectName: "demo")
        #expect(try await fixture.runner.ps(projectName: "demo").count == 4)
        let calls = await fixture.linux.calls
        let db = try #require(calls.lastIndex(of: "start demo-db-1"))
        let api = try #require(calls.lastIndex(of: "start demo-api-1"))
        #expect(db < api)
    }

    @Test("restart of a service restarts its dependents with restart: true too, as Compose does, and only it with --no-deps")
    func restartDependents() async throws {
        var fixture = Fixture()
        fixture.project.services["api"]?.dependsOn["db"]?.restart = true
        try await fixture.up()
        let stops = { await fixture.linux.calls.filter { $0.hasPrefix("stop ") } }
        try await fixture.runner.restart(projectName: "demo", project: fixture.project, services: ["db"], noDeps: true)
        #expect(await stops() == ["stop demo-db-1"])
        try await fixture.runner.restart(projectName: "demo", project: fixture.project, services: ["db"])
        #expect(await stops() == ["stop demo-db-1", "stop demo-api-1", "stop demo-db-1"])
        #expect(try await fixture.runner.ps(projectName: "demo").count == 4)
    }

    @Test("attached up shows the containers' output and stops the project when interrupted")
    func attached() async throws {
        let fixture = Fixture()
        await fixture.linux.set(output: ["listening"], for: "demo-db-1")
        try await fixture.runner.upAttached(fixture.project, plan: fixture.plan, options: UpOptions()) {}
        #expect(await fixture.sink.lines.contains("db | listening"))
        // Compose's prefixes and attach line name containers without the project.
        #expect(await fixture.sink.prefixes == ["db-1"])
        let attaching = try #require(await fixture.sink.statuses.first)
        #expect(attaching.hasPrefix("Attaching to ") && attaching.contains("db-1") && !attaching.contains("demo-"))
        #expect(try await fixture.runner.ps(projectName: "demo").isEmpty)
        #expect(try await fixture.runner.ps(projectName: "demo", all: true).count == 4)
    }
}

extension LifecycleTests {
    @Test("attached up leaves out the output of services with attach: false, as Compose does")
    func attachFalse() async throws {
        var fixture = Fixture()
        fixture.project.services["db"]?.attach = false
        await fixture.linux.set(output: ["listening"], for: "demo-db-1")
        try await fixture.runner.upAttached(fixture.project, plan: fixture.plan, options: UpOptions()) {}
        #expect(await !fixture.sink.lines.contains("db | listening"))
        let attaching = try #require(await fixture.sink.statuses.first)
        #expect(attaching.hasPrefix("Attaching to ") && !attaching.contains("db-1"))
        #expect(try Runner.attachedServices(of: fixture.project, selected: ["db"]) == [])
        #expect(try Runner.attachedServices(of: fixture.project, selected: ["api"]) == nil)
    }

    /// Attached up whose interrupt never comes: only container exits can end it.
    private func attachedUp(_ fixture: Fixture, _ change: (inout UpOptions) -> Void) async throws -> Int32 {
        var options = UpOptions()
        change(&options)
        return try await fixture.runner.upAttached(fixture.project, plan: fixture.plan, options: options) {
            try? await Task.sleep(for: .seconds(60))
        }
    }

    @Test("--abort-on-container-exit stops the project when one container exits and ends with that exit code")
    func abortOnContainerExit() async throws {
        let fixture = Fixture()
        await fixture.linux.set(exitOnStart: "demo-api-1", code: 3)
        let status = try await attachedUp(fixture) { $0.abortOnContainerExit = true }
        #expect(status == 3)
        #expect(await fixture.sink.statuses.contains("Aborting on container exit..."))
        #expect(await fixture.sink.statuses.contains("api-1 exited with code 3"))
        #expect(try await fixture.runner.ps(projectName: "demo").isEmpty)
    }

    @Test("--exit-code-from ends with the named service's code, even when another container ended first")
    func exitCodeFrom() async throws {
        let fixture = Fixture()
        await fixture.linux.set(exitOnStart: "demo-api-1", code: 3)
        #expect(try await attachedUp(fixture) { $0.exitCodeFrom = "api" } == 3)
        let stopped = Fixture()
        await stopped.linux.set(exitOnStart: "demo-api-1", code: 3)
        #expect(try await attachedUp(stopped) { $0.exitCodeFrom = "db" } == 0)
        await #expect(throws: RunnerError.self) { try await attachedUp(Fixture()) { $0.exitCodeFrom = "nope" } }
    }

    @Test("--abort-on-container-failure goes on past a container ending with 0 and stops the project on one ending otherwise, with its code")
    func abortOnContainerFailure() async throws {
        let fixture = Fixture()
        await fixture.linux.set(exitOnStart: "demo-api-1", code: 0)
        await fixture.linux.set(exitOnStart: "demo-client-1", code: 4)
        let status = try await attachedUp(fixture) { $0.abortOnContainerFailure = true }
        #expect(status == 4)
        #expect(await fixture.sink.statuses.contains("Aborting on container exit..."))
        #expect(try await fixture.runner.ps(projectName: "demo").isEmpty)

        // Every followed container ending with 0: attached mode ends with them, and up with 0.
        let clean = Fixture()
        await clean.linux.set(exitOnStart: "demo-db-1", code: 0)
        let cleanStatus = try await attachedUp(clean) {
            $0.services = ["db"]
            $0.abortOnContainerFailure = true
        }
        #expect(cleanStatus == 0)
        #expect(await !clean.sink.statuses.contains("Aborting on container exit..."))
    }

    @Test("a named service not shown is still watched: its exit aborts, quietly; with --attach-dependencies, up ends once the named ones ended")
    func watchesNamedServices() async throws {
        let fixture = Fixture()
        await fixture.linux.set(exitOnStart: "demo-client-1", code: 4)
        let status = try await attachedUp(fixture) {
            $0.services = ["web", "client"]
            $0.attach.never = ["client"]
            $0.abortOnContainerExit = true
        }
        #expect(status == 4)
        #expect(await !fixture.sink.statuses.contains("client-1 exited with code 4"))
        #expect(await fixture.sink.statuses.contains("Attaching to web-1"))

        let dependencies = Fixture()
        await dependencies.linux.set(exitOnStart: "demo-api-1", code: 0)
        let ended = try await attachedUp(dependencies) {
            $0.services = ["api"]
            $0.attach.dependencies = true
        }
        #expect(ended == 0)
        // db, shown but not named, still runs: Compose leaves it so.
        #expect(try await dependencies.runner.ps(projectName: "demo").map(\.service) == ["db"])
    }

    @Test("--attach names exactly whose output is shown, --no-attach takes some away, --attach-dependencies adds the dependencies")
    func attachChoices() throws {
        var fixture = Fixture()
        fixture.project.services["db"]?.attach = false
        var choice = AttachChoice()
        choice.only = ["db"]
        #expect(try Runner.attachedServices(of: fixture.project, selected: [], choice: choice) == ["db"])
        choice.only = ["db", "nope"]
        #expect(throws: RunnerError.invalidSetting("cannot attach to services not included in up: nope")) {
            try Runner.attachedServices(of: fixture.project, selected: [], choice: choice)
        }
        choice = AttachChoice()
        choice.never = ["web"]
        #expect(try Runner.attachedServices(of: fixture.project, selected: [], choice: choice) == ["api", "client"])
        // Only a service `up` brings up can be attached: api's run brings up db, not web.
        choice.only = ["web"]
        #expect(throws: RunnerError.invalidSetting("cannot attach to services not included in up: web")) {
            try Runner.attachedServices(of: fixture.project, selected: ["api"], choice: choice, brought: ["api", "db"])
        }
        choice = AttachChoice()
        choice.dependencies = true
        #expect(try Runner.attachedServices(of: fixture.project, selected: ["client"], choice: choice, brought: ["client", "web"]) == ["client", "web"])
        // db, api's dependency, keeps its attach: false.
        #expect(try Runner.attachedServices(of: fixture.project, selected: ["api"], choice: choice, brought: ["api", "db"]) == nil)
    }
}


/// Holds one start until the test cancels, and tells the test when it is held.
actor Gate {
    private var held = false
    private var used = false

    func holdOnce() async {
        guard !used else { return }
        used = true
        held = true
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    func waitUntilHeld() async {
        while !held {
            try? await Task.sleep(for: .milliseconds(5))
        }
    }
}

@Suite struct OptionalDependencyTests {
    @Test("an unhealthy dependency declared required: false only warns, and its dependent is created")
    func optionalDependencyWarns() async throws {
        var fixture = Fixture()
        fixture.project.services["api"]?.dependsOn["db"] = .init(condition: .healthy, required: false)
        await fixture.linux.set(healthOnStart: "demo-db-1", status: "unhealthy")
        try await fixture.up()
        #expect(await fixture.sink.warnings.contains { $0.contains("optional dependency db failed") })
        #expect(await fixture.linux.container(named: "demo-api-1") != nil)
    }
}
