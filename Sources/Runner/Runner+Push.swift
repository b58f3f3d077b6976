import ComposeModel
import EngineAPI
import Planner

extension Runner {
    /// Pushes the images of the chosen services that have both `build:` and `image:` (and their `build.tags`)
    /// from the daemon the plan puts each on, with the docker CLI's credentials for the registry the name says;
    /// the others are skipped, as in Docker Compose.
    package func push(_ project: Project, plan: Plan, options: TransferOptions) async throws {
        let names = options.includeDeps ? Array(try UpNeeds.of(plan, project: project, selection: options.services).keys) : options.services
        var jobs: [(service: String, tag: String, daemon: Daemon)] = []
        for planned in try selected(names, plan: plan) {
            guard let service = project.services[planned.name], let image = service.image, let build = service.build else {
                await sink.progress(ProgressEvent(.service, planned.name, "Skipped", role: planned.role.rawValue))
                continue
            }
            let daemon = try daemons.daemon(for: planned.role)
            for tag in [image] + build.tags where !jobs.contains(where: { $0.tag == tag && $0.daemon.role == daemon.role }) {
                jobs.append((service.name, tag, daemon))
            }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (service, tag, daemon) in jobs {
                group.addTask {
                    do {
                        try await pushImage(tag, of: service, from: daemon)
                    } catch let error as RunnerError where options.ignoreFailures {
                        await sink.warning("\(error)")
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    private func pushImage(_ tag: String, of service: String, from daemon: Daemon) async throws {
        let role = daemon.role.rawValue
        let failed = { (reason: String) in RunnerError.pushFailed(service: service, image: tag, role: role, reason: reason) }
        let auth: AuthConfig
        do {
            auth = try await credentials.authConfig(forImage: tag)
        } catch {
            throw failed("registry credentials: \(error)")
        }
        await sink.progress(ProgressEvent(.image, tag, "Pushing", role: role))
        do {
            try await daemon.engine.pushImage(tag, auth: auth)
        } catch let error as EngineError {
            throw failed(Engines.reason(error))
        }
        await sink.progress(ProgressEvent(.image, tag, "Pushed", role: role))
    }
}
