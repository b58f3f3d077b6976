import ComposeModel
import EngineAPI
import Planner

/// Checks made before anything is created: every daemon the plan needs answers and runs the right
/// OS, and every image is present (pulled, or built from `build:`) for the OS of the daemon that will run it.
struct Preflight: Sendable {
    var project: Project
    var daemons: DaemonSet
    var sink: any ProgressSink
    var options: UpOptions
    var credentials = RegistryCredentials()
    /// What `build` adds to every service's build (`--no-cache`, `--pull`, `--build-arg`).
    var buildOverrides = BuildOptions()

    /// Runs the checks for `services`, pulling images as the pull policy says. Returns the local ID
    /// of each image as it is after pulls and builds, by `imageKey`, so nothing inspects it again.
    func run(_ services: [PlannedService]) async throws -> [String: String] {
        var roles: [DaemonRole] = []
        for planned in services where !roles.contains(planned.role) { roles.append(planned.role) }
        let used = try roles.map { role throws(RunnerError) in try daemons.daemon(for: role) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for daemon in used {
                group.addTask { try await Self.check(daemon) }
            }
            try await group.waitForAll()
        }
        var images: [String: (image: String, daemon: Daemon, os: DaemonRole, service: Service)] = [:]
        for planned in services {
            guard let service = project.services[planned.name] else { throw RunnerError.unknownService(planned.name) }
            let daemon = try daemons.daemon(for: planned.role)
            let image = project.imageName(of: service)
            let key = "\(planned.role.rawValue) \(planned.os.rawValue) \(image)"
            // Services sharing an image get it built once; the one that says how to build it wins.
            if images[key] == nil || (images[key]?.service.build == nil && service.build != nil) {
                images[key] = (image, daemon, planned.os, service)
            }
        }
        // A missing image does not stop the others being checked, so one error can name every missing image.
        return try await withThrowingTaskGroup(of: (key: String, id: String?, missing: RunnerError?).self) { group in
            for (image, daemon, os, service) in images.values {
                group.addTask {
                    let key = Self.imageKey(image, on: daemon.role)
                    do {
                        return (key, try await ensure(image, on: daemon, os: os, for: service)?.id, nil)
                    } catch let error as RunnerError {
                        guard case .imageMissing = error else { throw error }
                        return (key, nil, error)
                    }
                }
            }
            var ids: [String: String] = [:]
            var missing: [RunnerError] = []
            for try await (key, id, absent) in group {
                if let absent { missing.append(absent) } else { ids[key] = id }
            }
            guard missing.count < 2 else { throw RunnerError.imagesMissing(missing.map(\.description).sorted()) }
            if let only = missing.first { throw only }
            return ids
        }
    }

    /// How `run`'s result names an image on a daemon.
    static func imageKey(_ image: String, on role: DaemonRole) -> String { "\(role.rawValue) \(image)" }

    private static func check(_ daemon: Daemon) async throws {
        let facts: DaemonFacts
        do {
            facts = try await daemon.engine.facts()
        } catch {
            throw RunnerError.daemonUnreachable(role: daemon.role.rawValue, address: daemon.address, because: error)
        }
        let wanted = daemon.role == .linux || daemon.isStandIn ? "linux" : "windows"
        guard facts.containerOS == wanted else {
            throw RunnerError.wrongDaemonOS(role: daemon.role.rawValue, address: daemon.address, os: facts.containerOS)
        }
    }

    /// Makes `image` present for `wanted` on `daemon`; returns it as inspected at the end (nil on a dry run
    /// that would have pulled or built it).
    private func ensure(_ image: String, on daemon: Daemon, os wanted: DaemonRole, for service: Service) async throws -> ImageRecord? {
        if service.build != nil && !options.noBuild { return try await build(image, on: daemon, os: wanted, for: service) }
        let engine = daemon.engine
        let imageOS = daemon.imageOS(for: wanted)
        let role = daemon.role.rawValue
        var present = try await Engines.call("inspect image \(image)") { try await engine.image(image) }
        let policy = service.pullPolicy.flatMap(PullPolicy.init(rawValue:)) ?? (service.pullPolicy == "if_not_present" ? .missing : options.pull)
        // The image is checked before a pull too: an image for one OS is never handed to the other daemon.
        if let os = present?.os, os != imageOS {
            guard policy != .never, !daemon.isStandIn else {
                throw RunnerError.imageWrongOS(service: service.name, image: image, imageOS: os, role: role)
            }
            present = nil
        }
        if present == nil && service.image == nil {
            throw service.build == nil ? RunnerError.noImage(service: service.name) : RunnerError.notBuilt(service: service.name, image: image)
        }
        if present == nil && policy == .never { throw RunnerError.imageMissing(service: service.name, image: image) }
        if present == nil || policy == .always {
            if !options.quietPull { await sink.progress(ProgressEvent(.image, image, "Pulling", role: role)) }
            if options.dryRun { return nil }
            try await pull(image, on: daemon, os: wanted, for: service)
            if !options.quietPull { await sink.progress(ProgressEvent(.image, image, "Pulled", role: role)) }
            present = try await Engines.call("inspect image \(image)") { try await engine.image(image) }
        }
        guard let present else { throw RunnerError.imageMissing(service: service.name, image: image) }
        guard present.os == imageOS else {
            throw RunnerError.imageWrongOS(service: service.name, image: image, imageOS: present.os, role: role)
        }
        return present
    }
}
