import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Planner

extension Runner {
    /// Copies between a service's container and the local file system through the archive API, as `docker
    /// compose cp` does: from the service's first container (or `--index`), to every one of them (or `--index`),
    /// stopped ones included, on the daemon the plan puts the service on; Windows paths in Windows containers.
    /// `-` reads a tar stream from `input` or writes one to `output`.
    package func copy(
        projectName: String, plan: Plan, options: CopyOptions, input: @Sendable () -> [UInt8], output: @Sendable ([UInt8]) -> Void
    ) async throws {
        let (source, destination) = (CopyOptions.split(options.source), CopyOptions.split(options.destination))
        if source.service != nil && destination.service != nil { throw RunnerError.invalidSetting("copying between services is not supported") }
        guard let service = source.service ?? destination.service else { throw RunnerError.invalidSetting("unknown copy direction") }
        let (found, daemon) = try await serviceContainers(projectName: projectName, plan: plan, service: service, stopped: true, oneOff: options.all)
        var targets = found
        if let index = options.index {
            targets = found.filter { $0.number == index }
            if targets.isEmpty { throw RunnerError.notRunning(service: service, index: index) }
        } else if found.isEmpty {
            throw RunnerError.invalidSetting("no container found for service \"\(service)\"")
        }
        let windows = daemon.facts.containerOS == "windows"
        let role = daemon.role.rawValue
        if source.service != nil {
            let record = targets[0]
            await sink.progress(ProgressEvent(.container, record.name, "Copying", role: role))
            try await copyOut(record, path: source.path, to: destination.path, on: daemon.engine, windows: windows, followLink: options.followLink, output: output)
            await sink.progress(ProgressEvent(.container, record.name, "Copied", role: role))
            return
        }
        let stdin = source.path == "-" ? input() : []
        try await withThrowingTaskGroup(of: Void.self) { group in
            for record in targets {
                group.addTask {
                    await sink.progress(ProgressEvent(.container, record.name, "Copying", role: role))
                    try await copyIn(source.path, stdin: stdin, to: record, path: destination.path, on: daemon.engine, windows: windows, owners: options.archive)
                    await sink.progress(ProgressEvent(.container, record.name, "Copied", role: role))
                }
            }
            try await group.waitForAll()
        }
    }

    private func copyOut(
        _ record: ContainerRecord, path: String, to local: String, on engine: any Engine, windows: Bool, followLink: Bool,
        output: @Sendable ([UInt8]) -> Void
    ) async throws {
        var path = path
        if followLink, let stat = try await Engines.call("stat \(path) in \(record.name)", { try await engine.pathStat(in: record.id, at: path) }),
            stat.isSymlink {
            let target = stat.linkTarget
            path = target.hasPrefix("/") || (windows && target.dropFirst().hasPrefix(":")) ? target : CopyOptions.split(path: path, windows: windows).parent + "/" + target
        }
        guard let archive = try await Engines.call("copy from \(record.name)", { try await engine.archive(of: record.id, at: path) }) else {
            throw RunnerError.engine(operation: "copy from \(record.name)", reason: "could not find the file \(path) in container \(record.name)")
        }
        if local == "-" { return output(archive) }
        guard let entries = TarReader.entries(in: archive) else {
            throw RunnerError.engine(operation: "copy from \(record.name)", reason: "the daemon sent a malformed archive")
        }
        var isDirectory = false
        if FileManager.default.fileExists(atPath: local, isDirectory: &isDirectory), isDirectory {
            return try LocalTree.extract(entries, into: local, rename: nil, owners: false)
        }
        // A new name: the copy's root takes it, in the parent directory, as `docker cp` does.
        let (parent, base) = CopyOptions.split(path: local, windows: false)
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory else {
            throw RunnerError.invalidSetting("destination directory \(parent) does not exist")
        }
        try LocalTree.extract(entries, into: parent, rename: base, owners: false)
    }

    private func copyIn(
        _ local: String, stdin: [UInt8], to record: ContainerRecord, path: String, on engine: any Engine, windows: Bool, owners: Bool
    ) async throws {
        let operation = "copy to \(record.name)"
        let stat = try await Engines.call(operation) { try await engine.pathStat(in: record.id, at: path) }
        let archive: [UInt8]
        let directory: String
        if local == "-" {
            guard stat?.isDirectory == true else { throw RunnerError.invalidSetting("destination \"\(record.name):\(path)\" must be a directory") }
            (archive, directory) = (stdin, path)
        } else {
            // Into an existing directory under the source's name, otherwise under the destination's own name; packed
            // as `watch` packs a sync (modes, owners, times; Windows paths on a Windows daemon).
            let base = CopyOptions.split(path: local, windows: false).base
            let target = stat?.isDirectory == true ? WatchTarget.join(path, base) : path
            guard let part = SyncArchive([(host: local, container: target)], target: WatchTarget(windows: windows)).parts.first else {
                throw RunnerError.invalidSetting("could not stat \(local): no such file or directory")
            }
            (archive, directory) = (part.archive.bytes, part.root)
        }
        try await Engines.call(operation) { try await engine.putArchive(archive, into: record.id, at: directory, copyUIDGID: owners) }
    }
}
