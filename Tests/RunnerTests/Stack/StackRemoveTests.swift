import EngineAPI
import Testing

@testable import Runner

@Suite struct StackRemoveTests {
    func remover(_ manager: FakeSwarmManager, timeout: Duration = .seconds(5)) -> StackRunner {
        StackRunner(manager: manager, endpoint: "unix:///fake.sock", waitTimeout: timeout, pollInterval: .milliseconds(5)) { _ in }
    }

    func deployed() async throws -> FakeSwarmManager {
        let manager = FakeSwarmManager()
        let deployer = StackRunner(manager: manager, endpoint: "unix:///fake.sock", pollInterval: .milliseconds(5)) { _ in }
        try await deployer.deploy(StackFixture.stack())
        await manager.addResource(.secret, name: "other_token", labels: ["com.docker.stack.namespace": "other"])
        await manager.set { $0.calls = [] }
        return manager
    }

    @Test("rm removes the stack's services, waits for their tasks, then its networks, secrets and configs; nothing else")
    func removesInOrder() async throws {
        let manager = try await deployed()
        await manager.set { $0.removalPolls = 2 }
        #expect(try await remover(manager).remove(namespace: "demo"))
        let calls = await manager.calls
        #expect(calls.filter { $0 != "tasks" } == [
            "remove service demo_cache", "remove service demo_db", "remove service demo_web", "remove network demo_default",
            "remove secret demo_token", "remove config demo_settings",
        ])
        let beforeNetwork = calls.prefix { $0 != "remove network demo_default" }
        #expect(beforeNetwork.filter { $0 == "tasks" }.count >= 3)
        #expect(await manager.resourceList[.secret]?.map(\.spec.name) == ["other_token"])
    }

    @Test("what cannot be removed is named and the rest is still removed")
    func namesLeftovers() async throws {
        let manager = try await deployed()
        await manager.set { $0.refusedRemovals = ["demo_default"] }
        let error = await #expect(throws: StackError.self) { try await remover(manager).remove(namespace: "demo") }
        guard case .notRemoved(let left) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(left.count == 1)
        #expect(left.first?.hasPrefix("network demo_default") == true)
        #expect(await manager.calls.contains("remove secret demo_token"))
    }

    @Test("tasks that never go are named after the bound")
    func tasksStay() async throws {
        let manager = try await deployed()
        await manager.set { $0.removalPolls = Int.max }
        let error = await #expect(throws: StackError.self) { try await remover(manager, timeout: .milliseconds(50)).remove(namespace: "demo") }
        #expect(error?.description.contains("still shutting down") == true)
    }

    @Test("a stack with nothing on the manager is reported, not failed")
    func nothing() async throws {
        #expect(try await remover(FakeSwarmManager()).remove(namespace: "absent") == false)
    }
}
