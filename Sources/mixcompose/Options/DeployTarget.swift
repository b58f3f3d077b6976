import ArgumentParser
import ComposeModel
import Planner

/// Where the project will run, for `plan` and `validate --target`: the two local daemons, or a Kubernetes
/// cluster, whose conversion adds what does not carry over (MXC6xx).
enum DeployTarget: String, ExpressibleByArgument, CaseIterable {
    case local, kubernetes

    /// The diagnostics the target adds to `plan`'s for `project`.
    func diagnostics(for project: Project, plan: Plan) -> Diagnostics {
        switch self {
        case .local: return Diagnostics()
        case .kubernetes:
            let input = KubernetesInputBuilder.input(for: project, plan: plan, namespace: "default")
            return KubernetesConverter.convert(input).diagnostics
        }
    }
}
