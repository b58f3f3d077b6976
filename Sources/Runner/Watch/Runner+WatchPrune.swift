import ComposeModel
import Planner

extension Runner {
    /// The image each of `services` runs now, by service, on its planned daemon (nil where none is present).
    func currentImages(of services: [String], project: Project, plan: Plan) async -> [String: (daemon: Daemon, id: String)] {
        var found: [String: (daemon: Daemon, id: String)] = [:]
        for name in services {
            guard let service = project.services[name], let planned = plan.service(named: name),
                let daemon = try? daemons.daemon(for: planned.role),
                let record = try? await daemon.engine.image(project.imageName(of: service))
            else { continue }
            found[name] = (daemon, record.id)
        }
        return found
    }

    /// `watch --prune`: removes the images a rebuild replaced (`before`, from `currentImages`), as Compose
    /// prunes the dangling images a rebuild leaves. An image still in use or tagged elsewhere is kept.
    func prune(replaced before: [String: (daemon: Daemon, id: String)], project: Project, plan: Plan) async {
        let after = await currentImages(of: Array(before.keys), project: project, plan: plan)
        for (service, old) in before where after[service]?.id != old.id {
            try? await old.daemon.engine.removeImage(old.id, force: false, noPrune: false)
        }
    }
}
