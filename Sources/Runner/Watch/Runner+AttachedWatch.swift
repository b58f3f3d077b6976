import ComposeModel
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Planner

extension Runner {
    /// The watching half of `up --watch`: watches `rules` until cancelled and, after each rebuild, shows
    /// the output of the rebuilt services' new containers (those of `services`, all when empty) beside
    /// the logs `up` follows. A watch that fails is reported and the logs go on, as in Compose.
    func watchAttached(_ project: Project, plan: Plan, rules: [WatchRule], options: WatchOptions, services: [String]) async {
        let (rebuilt, announce) = AsyncStream<(services: [String], since: Double)>.makeStream()
        var options = options
        options.rebuilt = { names, since in announce.yield((names, since)) }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { [options] in
                do {
                    try await watch(project, plan: plan, rules: rules, options: options)
                } catch {
                    await sink.warning("\(error)")
                }
                while !Task.isCancelled { try? await Task.sleep(for: .seconds(3600)) }
            }
            group.addTask {
                await withTaskGroup(of: Void.self) { followers in
                    for await (names, since) in rebuilt {
                        let shown = services.isEmpty ? names : names.filter(services.contains)
                        guard !shown.isEmpty else { continue }
                        followers.addTask {
                            var follow = LogsOptions()
                            follow.follow = true
                            follow.reportsExits = true
                            follow.services = shown
                            follow.since = String(printf: "%.3f", since)
                            try? await followLogs(projectName: project.name, options: follow, onExit: nil)
                        }
                    }
                }
            }
            await group.next()
            group.cancelAll()
            announce.finish()
        }
    }
}
