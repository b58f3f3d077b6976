import ComposeModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Planner

/// Gathers what the pure planner cannot read itself: the final `FROM` of each service's Dockerfile, and
/// what Docker Compose hashes of each service (rendered by the caller from the loaded tree).
enum PlanInputBuilder {
    static func input(
        for project: Project, daemons: DaemonFlags, imageOS: [String: DaemonRole] = [:], composeHashInputs: [String: String] = [:]
    ) -> PlanInput {
        var input = PlanInput(project: project)
        input.composeHashInputs = composeHashInputs
        input.defaultOS = DaemonRole(rawValue: daemons.defaultOS) ?? .linux
        input.imageOS = imageOS
        for name in project.serviceNames {
            guard let service = project.services[name], let path = Planner.dockerfilePath(for: service),
                let text = try? String(contentsOfFile: path, encoding: .utf8),
                let image = DockerfileInspector.finalFromImage(text, buildArgs: service.build?.args ?? [:], target: service.build?.target)
            else { continue }
            input.dockerfileFinalFrom[name] = image
        }
        return input
    }
}
