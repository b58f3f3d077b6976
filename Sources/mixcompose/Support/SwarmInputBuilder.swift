import ComposeModel
import Planner

/// Gathers what the pure Swarm conversion cannot read itself: the bytes of the files the project's
/// secrets and configs name.
enum SwarmInputBuilder {
    static func input(
        for project: Project, plan: Plan, namespace: String, windowsStandin: Bool = false, routingMesh: Bool = true
    ) -> SwarmInput {
        // A missing or unreadable file is left out: the conversion reports it (MXC706).
        let files = ProjectFileReader.bytes(of: SwarmInput.filesToRead(in: project))
        return SwarmInput(
            project: project, plan: plan, namespace: namespace, windowsStandin: windowsStandin, routingMesh: routingMesh,
            files: files)
    }
}
