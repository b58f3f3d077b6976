import Testing

@testable import Runner

@Suite struct EventMergerTests {
    static func line(_ role: String, _ id: String, at time: Int64) -> EventLine {
        EventLine(role: role, event: ContainerEvent(containerID: id, action: .start, time: time))
    }

    @Test("held events go out by time once the window passed, an earlier event that arrived later first")
    func ordersWithinWindow() async throws {
        let merger = EventMerger(window: .milliseconds(100))
        await merger.add(Self.line("windows", "b", at: 20))
        await merger.add(Self.line("linux", "a", at: 10))
        #expect(await merger.due().isEmpty)
        try await Task.sleep(for: .milliseconds(150))
        await merger.add(Self.line("linux", "c", at: 30))
        #expect(await merger.due().map(\.event.containerID) == ["a", "b"])
        #expect(await merger.drain().map(\.event.containerID) == ["c"])
        #expect(await merger.drain().isEmpty)
    }

    @Test("events follows both fake daemons and merges what they send in time order")
    func mergesDaemons() async throws {
        let fixture = Fixture()
        let seen = Seen()
        let task = Task {
            try await fixture.runner.events(projectName: "demo", services: ["web", "db"], window: .milliseconds(100)) { await seen.add($0) }
        }
        // Both daemons are followed before anything is sent.
        for _ in 0..<300 {
            let (linux, windows) = (await fixture.linux.subscriberList.count, await fixture.windows.subscriberList.count)
            if linux > 0 && windows > 0 { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        let labels = { (service: String) in ["com.docker.compose.project": "demo", "com.docker.compose.service": service] }
        await fixture.windows.emit(ContainerEvent(containerID: "w", action: .start, labels: labels("web"), time: 20))
        await fixture.linux.emit(ContainerEvent(containerID: "x", action: .start, labels: labels("api"), time: 5))
        await fixture.linux.emit(ContainerEvent(containerID: "l", action: .die(exitCode: 0), labels: labels("db"), time: 10))
        for _ in 0..<300 where await seen.lines.count < 2 { try await Task.sleep(for: .milliseconds(10)) }
        task.cancel()
        _ = await task.result
        #expect(await seen.lines.map { "\($0.role) \($0.event.containerID)" } == ["linux l", "windows w"])
    }
}

private actor Seen {
    var lines: [EventLine] = []
    func add(_ line: EventLine) { lines.append(line) }
}
