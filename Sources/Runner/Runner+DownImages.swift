import ComposeModel
import EngineAPI
import Planner

extension Runner {
    /// `down --rmi`: on each daemon, the images Docker Compose's `down` removes on its one, after the containers
    /// went: with `all`, the `image:` of every service (without a file, `containerImages`, those its containers ran); then the tagged images built for the project (labelled
    /// with it and a service it has, any service with `removeOrphans`); then the default names
    /// (`<project>-<service>`) of services without `image:`, for images built before they were labelled. Only
    /// images present are named; each is removed by its first tag, once, as Compose dedupes them. An image a
    /// container still uses stays, with a warning.
    func removeImages(
        _ mode: ImageRemoval, projectName: String, project: Project?, knownServices: Set<String>,
        containerImages: [DaemonRole: [String]] = [:], removeOrphans: Bool, dryRun: Bool
    ) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for daemon in daemons.all {
                let sink = self.sink
                group.addTask {
                    let role = daemon.role.rawValue
                    let names = try await Self.imagesToRemove(
                        mode, on: daemon, projectName: projectName, project: project, knownServices: knownServices,
                        containerImages: containerImages[daemon.role] ?? [], removeOrphans: removeOrphans)
                    for name in names {
                        await sink.progress(ProgressEvent(.image, name, "Removing", role: role))
                        if dryRun { continue }
                        do {
                            try await daemon.engine.removeImage(name, force: false, noPrune: false)
                            await sink.progress(ProgressEvent(.image, name, "Removed", role: role))
                        } catch let error as EngineError where error.isConflict {
                            await sink.warning("image \(name) (\(role)) is still in use; not removed")
                        } catch let error as EngineError where error.isNotFound {
                            await sink.warning("image \(name) (\(role)) was already gone")
                        } catch {
                            throw RunnerError.engine(operation: "remove image \(name)", reason: String(describing: error))
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// The familiar, tagged names (`busybox:latest`) of the images `down --rmi` removes from one daemon, sorted.
    private static func imagesToRemove(
        _ mode: ImageRemoval, on daemon: Daemon, projectName: String, project: Project?, knownServices: Set<String>,
        containerImages: [String], removeOrphans: Bool
    ) async throws -> [String] {
        let services = project.map { $0.services.values.sorted { $0.name < $1.name } } ?? []
        let present = { (name: String) async throws -> Bool in
            try await Engines.call("inspect image \(name)") { try await daemon.engine.image(name) } != nil
        }
        var names: [String] = []
        if mode == .all {
            let named = project == nil ? Array(Set(containerImages)).sorted() : services.compactMap(\.image)
            for image in named where try await present(image) { names.append(image) }
        }
        let built = try await Engines.call("list images") { try await daemon.engine.taggedImages(labels: [Labels.projectFilter(projectName)]) }
        for image in built where removeOrphans || image.labels[Labels.service].map(knownServices.contains) == true {
            names.append(image.tags[0])
        }
        for service in services where service.image == nil {
            let name = project?.imageName(of: service) ?? ""
            if try await present(name) { names.append(name) }
        }
        return Set(names.map { FamiliarReference($0)?.tagged ?? $0 }).sorted()
    }
}

/// `down --rmi`'s choice of images.
package enum ImageRemoval: String, Sendable, Hashable, CaseIterable {
    /// Images built for the project (`<project>-<service>` and those labelled with it).
    case local
    /// Those, and every service's `image:`.
    case all
}
