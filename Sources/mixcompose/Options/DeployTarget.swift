import ArgumentParser
import ComposeModel
import Planner

/// Where the project will run, for `plan` and `validate --target`: the two local daemons, a Swarm, or a
/// Kubernetes cluster, whose conversions add what does not carry over (MXC7xx, MXC6xx).
enum DeployTarget: String, ExpressibleByArgument, CaseIterable {
    case local, swarm, kubernetes

    /// The diagnostics the target adds to `plan`'s for `project`.
    func diagnostics(for project: Project, plan: Plan) -> Diagnostics {
        switch self {
        case .local: return Diagnostics()
        case .swarm:
            // The stack's name only prefixes object names, which no diagnostic depends on.
            let input = SwarmInputBuilder.input(for: project, plan: plan, namespace: project.name)
            return SwarmConverter.convert(input).diagnostics
        case .kubernetes:
            let input = KubernetesInputBuilder.input(for: project, plan: plan, namespace: "default")
            return KubernetesConverter.convert(input).diagnostics
        }
    }
}
