import ComposeModel
import Planner

extension Runner {
    /// The OS each service's image has as the daemons report it, for placement rule 3: an image
    /// present on only one daemon belongs to that daemon's role; one present on both goes by its
    /// inspected `Os`. Images no daemon has are left out (the planner falls back to later rules).
    package func imageOS(for project: Project) async -> [String: DaemonRole] {
        let references = Set(project.services.values.compactMap { $0.image != nil || $0.build != nil ? project.imageName(of: $0) : nil })
        let daemons = self.daemons.all
        return await withTaskGroup(of: (String, DaemonRole?).self) { group in
            for reference in references {
                group.addTask {
                    var found: [(role: DaemonRole, os: String)] = []
                    for daemon in daemons {
                        if let image = try? await daemon.engine.image(reference) { found.append((daemon.role, image.os)) }
                    }
                    if found.count == 1 { return (reference, found[0].role) }
                    if let os = found.first?.os { return (reference, os == "windows" ? .windows : .linux) }
                    return (reference, nil)
                }
            }
            var result: [String: DaemonRole] = [:]
            for await (reference, role) in group { if let role { result[reference] = role } }
            return result
        }
    }
}
