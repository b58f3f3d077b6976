import ComposeModel
import Planner

/// Gathers what the pure Kubernetes conversion cannot read itself: the contents of the files the
/// project's secrets, configs and bind mounts name (regular UTF-8 files only).
enum KubernetesInputBuilder {
    static func input(for project: Project, plan: Plan, namespace: String) -> KubernetesInput {
        // A directory, a missing file or one that is not UTF-8 fails to read: the conversion reports it.
        let files = ProjectFileReader.texts(of: KubernetesInput.filesToRead(in: project))
        return KubernetesInput(project: project, plan: plan, namespace: namespace, files: files)
    }
}
