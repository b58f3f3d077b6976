import ComposeModel
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Planner

extension Runner {
    /// Copies changed files into every container of `service` (stopped ones too, as Compose does) on the
    /// daemon the plan puts it on, and removes deleted ones (`rm -rf`, or `cmd`'s in a Windows container);
    /// every container is tried, and the failures are reported together.
    func sync(_ mappings: [(host: String, container: String)], service: String, project: Project, plan: Plan) async throws {
        guard let planned = plan.service(named: service) else { throw RunnerError.unknownService(service) }
        let daemon = try daemons.daemon(for: planned.role)
        let target = WatchTarget(windows: daemon.imageOS(for: planned.os) == "windows")
        let archive = SyncArchive(mappings, target: target)
        let containers = try await projectContainers(project.name).filter { $0.record.service == service && $0.daemon.role == planned.role }
        let failures = await withTaskGroup(of: String?.self) { group in
            for (record, _) in containers {
                group.addTask {
                    do {
                        try await Self.apply(archive, target: target, to: record, engine: daemon.engine)
                        return nil
                    } catch {
                        return "\(record.name): \(error)"
                    }
                }
            }
            var failures: [String] = []
            for await failure in group { if let failure { failures.append(failure) } }
            return failures.sorted()
        }
        if !failures.isEmpty { throw RunnerError.engine(operation: "sync service \(service)", reason: failures.joined(separator: "; ")) }
    }

    private static func apply(_ archive: SyncArchive, target: WatchTarget, to record: ContainerRecord, engine: any Engine) async throws {
        if !archive.removed.isEmpty {
            let outcome = try await engine.runProbe(in: record.id, command: target.removal(of: archive.removed))
            if outcome.exitCode != 0 {
                throw RunnerError.engine(operation: "deleting paths", reason: "exit code \(outcome.exitCode)")
            }
        }
        for part in archive.parts {
            try await Engines.call("copy files into \(record.name)") {
                try await engine.putArchive(part.archive.bytes, into: record.id, at: part.root, copyUIDGID: true)
            }
        }
    }

    /// `initial_sync`: copies what the rule covers before watching starts. Unlike Compose, which copies
    /// only files changed since the image was built, every file the rule takes is copied.
    func syncInitially(_ rule: WatchRule, project: Project, plan: Plan) async {
        var paths = [rule.path]
        // Empty for a file or a path that does not exist.
        let below = (try? FileManager.default.subpathsOfDirectory(atPath: rule.path)) ?? []
        paths += below.map { rule.path + "/" + $0 }
        let mappings = paths.compactMap { path in rule.containerPath(for: path).map { (host: path, container: $0) } }
            .filter { !Self.isDirectory($0.host) }
        guard !mappings.isEmpty else { return }
        do {
            try await sync(mappings, service: rule.service, project: project, plan: plan)
        } catch {
            await sink.warning("initial sync of service \(rule.service): \(error)")
        }
    }

    /// Runs a `sync+exec` hook in every running container of `service`, its output shown as `exec` shows it.
    func runHook(_ hook: Service.Hook, service: String, project: Project, plan: Plan) async throws {
        let running = try await projectContainers(project.name).filter { $0.record.service == service && $0.record.isRunning }
        for (record, _) in running {
            var options = ExecOptions(service: service, command: hook.command)
            options.user = hook.user
            options.workingDir = hook.workingDir
            options.privileged = hook.privileged ?? false
            options.environment = hook.environment.keys.sorted().map { key in hook.environment[key].flatMap { $0 }.map { "\(key)=\($0)" } ?? key }
            options.index = Int(record.labels[Labels.containerNumber] ?? "")
            let sink = self.sink
            let io = ExecIO(input: nil) { chunk in
                for line in String(decoding: chunk.bytes, as: UTF8.self).split(separator: "\n") { await sink.status(String(line)) }
            }
            _ = try await exec(projectName: project.name, plan: plan, options: options, io: io)
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory
    }
}
