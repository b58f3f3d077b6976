import ComposeModel
import EngineAPI
import Planner

extension Preflight {
    /// Builds the image of a service with `build:` on its daemon when it is missing, is not an image for
    /// that daemon's OS, or `--build` (or `pull_policy: build`) asks for it.
    func build(_ image: String, on daemon: Daemon, os wanted: DaemonRole, for service: Service) async throws -> ImageRecord? {
        let engine = daemon.engine
        let imageOS = daemon.imageOS(for: wanted)
        let role = daemon.role.rawValue
        let present = try await Engines.call("inspect image \(image)") { try await engine.image(image) }
        let forced = options.build || options.buildServices.contains(service.name) || service.pullPolicy == "build"
        if let present, present.os == imageOS && !forced { return present }
        await sink.progress(ProgressEvent(.image, image, "Building", role: role))
        if options.dryRun { return present }
        let build = try ImageBuild(
            service: service, image: image, platform: Self.buildPlatform(service, on: daemon, os: wanted),
            environment: project.environment)
        for option in build.ignored {
            await sink.warning("service \(service.name): \(option) needs BuildKit, which mixcompose does not drive; ignored")
        }
        let output = BuildOutput()
        var options = build.options
        // As Compose's (BuildKit) builds: the image is the project's, which `down --rmi local` looks for.
        options.labels.merge([Labels.project: project.name, Labels.service: service.name]) { _, ours in ours }
        options.noCache = options.noCache || buildOverrides.noCache
        options.pull = options.pull || buildOverrides.pull
        options.buildArgs.merge(buildOverrides.args) { _, given in given }
        do {
            // As Compose's classic build: every registry's credentials, for whichever `FROM` needs them.
            options.authConfigs = try await credentials.all()
        } catch {
            throw RunnerError.buildFailed(service: service.name, image: image, reason: "registry credentials: \(error)", logTail: [])
        }
        do {
            try await engine.buildImage(options, context: build.context) { line in
                if let text = line.stream { await output.add(text) }
            }
        } catch let error as EngineError {
            let reason = if case .stream(let message) = error { message } else { error.description }
            throw RunnerError.buildFailed(service: service.name, image: image, reason: reason, logTail: await output.tail)
        } catch let error as ArchiveError {
            throw RunnerError.buildUnsupported(service: service.name, reason: error.description)
        }
        await sink.progress(ProgressEvent(.image, image, "Built", role: role))
        let built = try await Engines.call("inspect image \(image)") { try await engine.image(image) }
        guard let built else { throw RunnerError.imageMissing(service: service.name, image: image) }
        guard built.os == imageOS else {
            throw RunnerError.imageWrongOS(service: service.name, image: image, imageOS: built.os, role: role)
        }
        return built
    }

    /// The platform to build for: the service's own (`build.platforms`, `platform`) when it names the daemon's
    /// OS, else `windows` on a real Windows daemon; never anything for a stand-in, like `Daemon.platform(for:)`.
    static func buildPlatform(_ service: Service, on daemon: Daemon, os wanted: DaemonRole) -> String? {
        guard let os = daemon.platform(for: wanted) else { return nil }
        if let declared = service.build?.platforms.first ?? service.platform, declared.lowercased().hasPrefix(os) {
            return declared
        }
        return wanted == .windows ? os : nil
    }
}

/// The last lines a build printed, shown when it fails.
private actor BuildOutput {
    private(set) var tail: [String] = []

    func add(_ text: String) {
        for line in text.split(whereSeparator: \.isNewline) where !line.allSatisfy(\.isWhitespace) {
            tail.append(String(line))
        }
        if tail.count > 20 { tail.removeFirst(tail.count - 20) }
    }
}
