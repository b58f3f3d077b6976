import EngineAPI
import Testing

@testable import Runner

@Suite struct StackTaskRowTests {
    func task(_ id: String, service: String, slot: Int, state: String, at time: String, err: String? = nil) -> SwarmTask {
        var status: [String: Any] = ["State": state, "Timestamp": time]
        if let err { status["Err"] = err }
        return FakeSwarmManager.decoded([
            "ID": id, "ServiceID": service, "Slot": slot, "NodeID": "node-1", "DesiredState": state == "running" ? "running" : "shutdown",
            "Status": status, "Spec": ["ContainerSpec": ["Image": "busybox:latest@sha256:abcdef"]],
        ])
    }

    @Test("rows are ordered by service and slot, newest first, older tasks of a slot marked as history")
    func ordering() throws {
        let tasks = [
            task("bbbbbbbbbbbbbbbbbbbb", service: "s-web", slot: 1, state: "running", at: "2026-01-01T00:01:00Z"),
            task("aaaaaaaaaaaaaaaaaaaa", service: "s-web", slot: 1, state: "failed", at: "2026-01-01T00:00:00Z", err: "task: non-zero exit (1)"),
            task("cccccccccccccccccccc", service: "s-db", slot: 1, state: "running", at: "2026-01-01T00:00:30Z"),
        ]
        let nodes: [SwarmNode] = [FakeSwarmManager.decoded(["ID": "node-1", "Description": ["Hostname": "vm"]])]
        let rows = StackTaskRow.rows(tasks, services: ["s-web": "demo_web", "s-db": "demo_db"], nodes: nodes)
        #expect(rows.map(\.name) == ["demo_db.1", "demo_web.1", "demo_web.1"])
        #expect(rows.map(\.isHistory) == [false, false, true])
        let now = 1_767_225_720.0  // 2026-01-01T00:02:00Z
        let lines = StackTaskRow.table(rows, truncate: true, now: now).split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID ") == true)
        let history = try #require(lines.last)
        #expect(history.hasPrefix("aaaaaaaaaaaa    \\_ demo_web.1"))
        #expect(history.contains("busybox:latest "))
        #expect(history.contains("Failed 2 minutes ago"))
        #expect(history.contains("\"task: non-zero exit (1)\""))
        #expect(lines[1].contains("vm"))
        #expect(rows[0].json(truncate: false, now: now).contains("\"Image\":\"busybox:latest@sha256:abcdef\""))
    }
}
