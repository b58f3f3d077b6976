import EngineAPI
import Planner

extension Runner {
    /// Follows the container events of a project on every daemon (not those of one-off containers; only
    /// `services`' when given) and hands each to `output`, merged in time order: an event is held back for
    /// `window` so one that happened earlier on the other daemon, but arrived later, goes first. `since` and
    /// `until` are the daemon's form (Unix seconds, see `LogTimestamp`); ends when cancelled, or with `until`
    /// once both daemons' streams ended.
    package func events(
        projectName: String, services: [String], since: String? = nil, until: String? = nil,
        window: Duration = .milliseconds(250), _ output: @escaping @Sendable (EventLine) async -> Void
    ) async throws {
        let merger = EventMerger(window: window)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: .milliseconds(50))
                    for line in await merger.due() { await output(line) }
                }
            }
            try await withThrowingTaskGroup(of: Void.self) { streams in
                for daemon in daemons.all {
                    streams.addTask {
                        try await follow(daemon, projectName: projectName, services: services, since: since, until: until, into: merger)
                    }
                }
                try await streams.waitForAll()
            }
            group.cancelAll()
        }
        // The streams ended (`until`): whatever is still held goes out now.
        for line in await merger.drain() { await output(line) }
    }

    private func follow(
        _ daemon: Daemon, projectName: String, services: [String], since: String?, until: String?, into merger: EventMerger
    ) async throws {
        try await Engines.call("follow events on the \(daemon.role.rawValue) daemon") {
            try await daemon.engine.events(labels: [Labels.projectFilter(projectName)], since: since, until: until) { event in
                guard event.labels[Labels.oneoff] != "True" else { return }
                guard services.isEmpty || services.contains(event.labels[Labels.service] ?? "") else { return }
                await merger.add(EventLine(role: daemon.role.rawValue, event: event))
            }
        }
    }
}
