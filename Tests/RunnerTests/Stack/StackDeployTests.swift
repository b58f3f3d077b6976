import EngineAPI
import Planner
import Testing

@testable import Runner

@Suite struct StackDeployTests {
    func deployer(_ manager: FakeSwarmManager, timeout: Duration = .seconds(5)) -> StackRunner {
        StackRunner(manager: manager, endpoint: "unix:///fake.sock", waitTimeout: timeout, pollInterval: .milliseconds(5)) { _ in }
    }

    @Test("deploy creates networks, secrets and configs first, then each wave once the previous one's tasks run")
    func orderedDeploy() async throws {
        let manager = FakeSwarmManager()
        await manager.set { $0.startingPolls["demo_db"] = 3 }
        try await deployer(manager).deploy(StackFixture.stack())
        let calls = await manager.calls
        let writes = calls.filter { $0 != "tasks" }
        #expect(writes == [
            "create network demo_default", "create secret demo_token", "create config demo_settings",
            "create service demo_cache", "create service demo_db", "create service demo_web",
        ])
        // web is created only after db's task stopped `starting`: at least three polls came before it.
        let polls = calls.prefix { $0 != "create service demo_web" }.filter { $0 == "tasks" }.count
        #expect(polls >= 3)
    }

    @Test("secret references get the manager's IDs and every spec carries the hash of what was sent")
    func filledSpec() async throws {
        let manager = FakeSwarmManager()
        try await deployer(manager).deploy(StackFixture.stack())
        let web = try FakeSwarmManager.parse(try #require(await manager.specs["demo_web"]))
        let container = (web["TaskTemplate"] as? [String: Any])?["ContainerSpec"] as? [String: Any]
        let reference = (container?["Secrets"] as? [[String: Any]])?.first
        let secretID = await manager.resourceList[.secret]?.first?.id
        #expect(reference?["SecretID"] as? String == secretID)
        let labels = web["Labels"] as? [String: String]
        #expect(labels?["com.docker.stack.namespace"] == "demo")
        #expect(labels?["io.mixcompose.config-hash"]?.count == 64)
    }

    @Test("a gMSA credential spec kept in a config is sent with the config's ID, its runtime reference filled in too")
    func credentialSpecConfig() throws {
        let spec = JSONValue.object([("TaskTemplate", .object([("ContainerSpec", .object([
            ("Configs", .array([.object([("Runtime", .object([])), ("ConfigID", .string("")), ("ConfigName", .string("demo_gmsa"))])])),
            ("Privileges", .object([("CredentialSpec", .object([("Config", .string("demo_gmsa"))]))])),
        ]))]))])
        let completed = try StackRunner.completed(spec, ids: ResourceIDs(secrets: [:], configs: ["demo_gmsa": "cfg123"]))
        let container = completed["TaskTemplate"]?["ContainerSpec"]
        #expect(container?["Privileges"]?["CredentialSpec"]?["Config"]?.string == "cfg123")
        #expect(container?["Configs"]?.array?.first?["ConfigID"]?.string == "cfg123")
        #expect(throws: StackError.self) { try StackRunner.completed(spec, ids: ResourceIDs(secrets: [:], configs: [:])) }
    }

    @Test("a second deploy of the same stack updates nothing; a changed service alone is updated at its version")
    func convergence() async throws {
        let manager = FakeSwarmManager()
        try await deployer(manager).deploy(StackFixture.stack())
        await manager.set { $0.calls = [] }
        try await deployer(manager).deploy(StackFixture.stack())
        #expect(await manager.calls.filter { $0 != "tasks" } == [])
        #expect(await manager.serviceList.map(\.version.index) == [1, 1, 1])
        try await deployer(manager).deploy(StackFixture.stack(webImage: "busybox:2"))
        #expect(await manager.calls.filter { $0 != "tasks" } == ["update service demo_web"])
        #expect(await manager.serviceList.first { $0.spec.name == "demo_web" }?.version.index == 2)
    }

    @Test("a secret that exists with other data stops the deploy before anything is created")
    func changedSecret() async throws {
        let manager = FakeSwarmManager()
        try await deployer(manager).deploy(StackFixture.stack())
        await manager.set { $0.calls = [] }
        await #expect(throws: StackError.dataChanged(kind: "secret", name: "demo_token")) {
            try await deployer(manager).deploy(StackFixture.stack(secretData: "b3RoZXI="))
        }
        #expect(await manager.calls.filter { $0 != "tasks" } == [])
    }

    @Test("a config created by another tool with other data is refused; with the same data it is reused")
    func foreignConfig() async throws {
        let manager = FakeSwarmManager()
        await manager.addResource(.config, name: "demo_settings", data: "a2V5PTE=")
        try await deployer(manager).deploy(StackFixture.stack())
        #expect(await !manager.calls.contains("create config demo_settings"))
        let other = FakeSwarmManager()
        await other.addResource(.config, name: "demo_settings", data: "a2V5PTI=")
        await #expect(throws: StackError.dataChanged(kind: "config", name: "demo_settings")) {
            try await deployer(other).deploy(StackFixture.stack())
        }
    }

    @Test("a missing external network is named and nothing is created")
    func missingExternal() async throws {
        let manager = FakeSwarmManager()
        var stack = StackFixture.stack()
        stack.externalNetworks = ["shared-net"]
        await #expect(throws: StackError.missingExternal(kind: "network", name: "shared-net")) { try await deployer(manager).deploy(stack) }
        #expect(await manager.calls.isEmpty)
    }

    @Test("a daemon that is not a swarm manager is refused, naming its endpoint")
    func notManager() async throws {
        let manager = FakeSwarmManager()
        await manager.set { $0.state = SwarmState(localNodeState: "inactive", controlAvailable: false) }
        let error = await #expect(throws: StackError.self) { try await deployer(manager).deploy(StackFixture.stack()) }
        #expect(error == .notManager(endpoint: "unix:///fake.sock", state: "inactive"))
        #expect(error?.description.contains("unix:///fake.sock") == true)
        #expect(await manager.calls.isEmpty)
    }

    @Test("a dependency whose task failed without restarts fails the deploy at once, naming the service and the task error")
    func failedDependency() async throws {
        let manager = FakeSwarmManager()
        await manager.set { $0.failures["demo_db"] = "task: non-zero exit (1)" }
        let error = await #expect(throws: StackError.self) {
            try await deployer(manager, timeout: .seconds(60)).deploy(StackFixture.stack(dbRestart: "none"))
        }
        guard case .dependencyFailed(let service, let dependency, _, let reason) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect((service, dependency, reason) == ("demo_web", "demo_db", "task: non-zero exit (1)"))
        #expect(await !manager.calls.contains("create service demo_web"))
    }

    @Test("a dependency that never runs ends the wait at the bound with its last task error")
    func boundedWait() async throws {
        let manager = FakeSwarmManager()
        await manager.set { $0.failures["demo_db"] = "no suitable node" }
        let clock = ContinuousClock()
        let started = clock.now
        let error = await #expect(throws: StackError.self) {
            try await deployer(manager, timeout: .milliseconds(200)).deploy(StackFixture.stack())
        }
        #expect(clock.now - started < .seconds(10))
        #expect(error == .timedOut(service: "demo_web", dependency: "demo_db", condition: "running and healthy", seconds: 0, lastError: "no suitable node"))
    }

    @Test("replica counts decide when started and completed hold")
    func conditions() {
        func task(_ state: String, desired: String = "running") -> SwarmTask {
            FakeSwarmManager.decoded(["ID": "t", "ServiceID": "s", "DesiredState": desired, "Status": ["State": state]])
        }
        #expect(StackRunner.holds(.started, tasks: [task("running"), task("starting")], replicas: 2) == false)
        #expect(StackRunner.holds(.started, tasks: [task("running"), task("running")], replicas: 2))
        #expect(StackRunner.holds(.started, tasks: [task("failed", desired: "shutdown"), task("running")], replicas: nil))
        #expect(StackRunner.holds(.started, tasks: [], replicas: nil) == false)
        #expect(StackRunner.holds(.healthy, tasks: [], replicas: 0))
        #expect(StackRunner.holds(.completed, tasks: [task("running")], replicas: 1) == false)
        #expect(StackRunner.holds(.completed, tasks: [task("complete", desired: "shutdown")], replicas: 1))
    }
}
