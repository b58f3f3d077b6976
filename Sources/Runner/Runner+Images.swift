import ComposeModel
import EngineAPI
import Planner

extension Runner {
    /// Builds the images of the chosen services with `build:`, each on the daemon the plan puts it on,
    /// through `up`'s preflight (always building, with `options`' overrides).
    package func build(_ project: Project, plan: Plan, options: BuildOptions) async throws {
        let names = options.withDependencies ? Array(try UpNeeds.of(plan, project: project, selection: options.services).keys) : options.services
        let chosen = try selected(names, plan: plan).filter { project.services[$0.name]?.build != nil }
        var up = UpOptions()
        up.build = true
        var preflight = Preflight(project: project, daemons: daemons, sink: sink, options: up, credentials: credentials)
        preflight.buildOverrides = options
        _ = try await preflight.run(chosen)
    }

    /// Pulls the images of the chosen services on their daemons as Docker Compose's `pull` does: a service
    /// without `image:` or with `pull_policy: never|build` is skipped, and so is one whose image is present when
    /// its policy is `missing` (unless tagged `latest`); each image once per daemon, all at once.
    package func pull(_ project: Project, plan: Plan, options: TransferOptions) async throws {
        let names = options.includeDeps ? Array(try UpNeeds.of(plan, project: project, selection: options.services).keys) : options.services
        let preflight = Preflight(project: project, daemons: daemons, sink: sink, options: UpOptions(), credentials: credentials)
        var jobs: [(service: Service, planned: PlannedService, daemon: Daemon)] = []
        for planned in try selected(names, plan: plan) {
            guard let service = project.services[planned.name] else { continue }
            guard let image = service.image else {
                await sink.progress(ProgressEvent(.service, service.name, "Skipped - No image to be pulled", role: planned.role.rawValue))
                continue
            }
            let daemon = try daemons.daemon(for: planned.role)
            // As Compose's `--policy`: it replaces the policy of every service with an image.
            let policy = options.policy?.rawValue ?? service.pullPolicy
            if policy == "never" || policy == "build" {
                await sink.progress(ProgressEvent(.service, service.name, "Skipped", role: daemon.role.rawValue))
                continue
            }
            if policy == "missing" || policy == "if_not_present", !Self.isLatest(image),
                try await Engines.call("inspect image \(image)", { try await daemon.engine.image(image) }) != nil {
                await sink.progress(ProgressEvent(.service, service.name, "Skipped - Image is already present locally", role: daemon.role.rawValue))
                continue
            }
            if service.build != nil && options.ignoreBuildable {
                await sink.progress(ProgressEvent(.service, service.name, "Skipped - Image can be built", role: daemon.role.rawValue))
                continue
            }
            if let puller = jobs.first(where: { $0.service.image == image && $0.daemon.role == daemon.role }) {
                await sink.progress(ProgressEvent(
                    .service, service.name, "Skipped - Image is already being pulled by \(puller.service.name)", role: daemon.role.rawValue))
                continue
            }
            jobs.append((service, planned, daemon))
        }
        let failures = try await withThrowingTaskGroup(of: (Service, RunnerError?).self) { group in
            for (service, planned, daemon) in jobs {
                group.addTask { [preflight] in
                    let image = service.image ?? ""
                    await preflight.sink.progress(ProgressEvent(.image, image, "Pulling", role: daemon.role.rawValue))
                    do {
                        try await preflight.pull(image, on: daemon, os: planned.os, for: service)
                    } catch let error as RunnerError {
                        await preflight.sink.progress(ProgressEvent(.image, image, "Error", role: daemon.role.rawValue))
                        return (service, error)
                    }
                    await preflight.sink.progress(ProgressEvent(.image, image, "Pulled", role: daemon.role.rawValue))
                    return (service, nil)
                }
            }
            var failures: [(Service, RunnerError)] = []
            for try await (service, error) in group {
                guard let error else { continue }
                // As Compose: fail fast on an image that can be neither pulled nor built, the others at the end.
                if service.build == nil && !options.ignoreFailures { group.cancelAll(); throw error }
                failures.append((service, error))
            }
            return failures
        }
        let buildable = failures.filter { $0.0.build != nil }.map(\.0.name).sorted()
        if !buildable.isEmpty {
            await sink.warning("some service image(s) must be built from source by running:\n    mixcompose build \(buildable.joined(separator: " "))")
        }
        if let first = failures.first, !options.ignoreFailures { throw first.1 }
    }

    /// True for a reference Docker reads as tag `latest`: tagged so, or with neither tag nor digest.
    static func isLatest(_ image: String) -> Bool {
        guard !image.contains("@") else { return false }
        let last = image.split(separator: "/").last ?? ""
        return !last.contains(":") || last.hasSuffix(":latest")
    }

    /// The planned services named (all when `names` is empty), in plan order; an unknown name is an error.
    func selected(_ names: [String], plan: Plan) throws(RunnerError) -> [PlannedService] {
        for name in names where plan.service(named: name) == nil { throw RunnerError.unknownService(name) }
        return plan.services.filter { names.isEmpty || names.contains($0.name) }
    }
}
