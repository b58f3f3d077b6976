import ComposeModel
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Planner

extension Runner {
    /// The watch rules of the selected services (all when `services` is empty), checked before anything
    /// starts: an unknown service, a rule Compose refuses, or no rule at all (`WatchError.nothingToWatch`;
    /// `forUp` picks the wording of `up --watch`) is an error. Sync rules under a bind mount are left out
    /// with Compose's warning.
    package func watchRules(_ project: Project, services: [String], forUp: Bool = false) async throws -> [WatchRule] {
        let names = services.isEmpty ? project.services.keys.sorted() : services
        var rules: [WatchRule] = []
        for name in names {
            guard let service = project.services[name] else { throw RunnerError.unknownService(name) }
            for rule in try WatchRule.rules(of: service) {
                if rule.action.syncs, Self.isBindMounted(rule.path, in: service) {
                    await sink.warning("path '\(rule.path)' also declared by a bind mount volume, this path won't be monitored!")
                    continue
                }
                rules.append(rule)
            }
        }
        guard !rules.isEmpty else { throw WatchError.nothingToWatch(up: forUp) }
        return rules
    }

    /// `watch` without `--no-up`: `up` as Compose runs it before watching, which builds the images of
    /// services with both `build:` and `develop:` afresh.
    package func upBeforeWatch(_ project: Project, plan: Plan, options: UpOptions) async throws {
        var options = options
        options.buildServices = Set(project.services.values.filter { $0.build != nil && $0.develop != nil }.map(\.name))
        try await up(project, plan: plan, options: options)
    }

    /// Watches the paths of `rules` (from `watchRules`) until cancelled, as Docker Compose's `watch` does:
    /// changes are debounced into batches, then synced into every container of the service (`sync`,
    /// `sync+restart`, `sync+exec`), the service restarted (`restart`, `sync+restart`) or its image rebuilt
    /// and its containers recreated (`rebuild`). A failed batch is reported and watching goes on.
    package func watch(_ project: Project, plan: Plan, rules: [WatchRule], options: WatchOptions) async throws {
        let changes = try options.changes.changes(below: Array(Set(rules.map(\.path))).sorted())
        for rule in rules where rule.initialSync && rule.action.syncs {
            await syncInitially(rule, project: project, plan: plan)
        }
        await announce("Watch enabled", options)
        let watched = rules
        try await WatchBatcher.run(changes, quietPeriod: options.quietPeriod) { batch in
            do {
                try await handle(batch, rules: watched, project: project, plan: plan, options: options)
            } catch is CancellationError {
            } catch {
                await sink.warning("Error handling changed files: \(error)")
            }
        }
    }

    /// Carries out what a batch of changed paths asks for, in Compose's order: rebuilds, syncs, restarts, execs.
    func handle(_ batch: [String], rules: [WatchRule], project: Project, plan: Plan, options: WatchOptions) async throws {
        let actions = WatchActions(batch: batch, rules: rules)
        if !actions.rebuild.isEmpty { try await rebuild(actions.rebuild, project: project, plan: plan, options: options) }
        for service in actions.synced.keys.sorted() {
            let mappings = actions.synced[service] ?? []
            await announce("Syncing service \"\(service)\" after \(mappings.count) changes were detected", options)
            try await sync(mappings, service: service, project: project, plan: plan)
        }
        if !actions.restart.isEmpty {
            // As Compose's watch: the dependents with `restart: true` restart too.
            try await restart(projectName: project.name, project: project, services: actions.restart)
            await announce("service(s) \(Self.goList(actions.restart)) restarted", options)
        }
        for (service, hook) in actions.execs {
            try await runHook(hook, service: service, project: project, plan: plan)
        }
    }

    /// Builds the services' images again and recreates their containers through `up`, as Compose's
    /// `rebuild` builds and then force-recreates only them.
    private func rebuild(_ services: [String], project: Project, plan: Plan, options: WatchOptions) async throws {
        await announce("Rebuilding service(s) \(Self.goList(services)) after changes were detected...", options)
        let began = Date().timeIntervalSince1970
        let before = options.prune ? await currentImages(of: services, project: project, plan: plan) : [:]
        var up = options.up
        // Only these services are built and recreated; the rest of `up`'s own flags do not apply again.
        (up.build, up.forceRecreate, up.removeOrphans, up.wait) = (false, false, false, false)
        up.services = services
        up.buildServices = Set(services)
        up.recreateServices = Set(services)
        do {
            try await self.up(project, plan: plan, options: up)
        } catch let error as RunnerError {
            switch error {
            case .buildFailed, .buildUnsupported: await announce("Build failed. Error: \(error)", options)
            default: await announce("Failed to recreate services after update. Error: \(error)", options)
            }
            throw error
        }
        if options.prune { await prune(replaced: before, project: project, plan: plan) }
        await announce("service(s) \(Self.goList(services)) successfully built", options)
        await options.rebuilt?(services, began)
    }

    /// Writes a message as Compose's watch logger does: plain, or behind its marker among container output.
    func announce(_ message: String, _ options: WatchOptions) async {
        await sink.status(options.marked ? " ⦿ " + message : message)
    }

    /// Go's `%q` of a string slice: `["web" "api"]`.
    static func goList(_ names: [String]) -> String {
        "[" + names.map { "\"\($0)\"" }.joined(separator: " ") + "]"
    }

    /// True when a bind mount of the service covers `path`, so the container sees changes without a sync.
    static func isBindMounted(_ path: String, in service: Service) -> Bool {
        service.volumes.contains { volume in
            guard volume.type == .bind, let source = volume.source else { return false }
            return path == source || path.hasPrefix(source.hasSuffix("/") ? source : source + "/")
        }
    }
}
