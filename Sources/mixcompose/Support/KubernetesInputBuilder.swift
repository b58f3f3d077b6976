import ComposeModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Planner

/// Gathers what the pure Kubernetes conversion cannot read itself: the contents of the files the
/// project's secrets, configs and bind mounts name (regular UTF-8 files only).
enum KubernetesInputBuilder {
    static func input(for project: Project, plan: Plan, namespace: String) -> KubernetesInput {
        var files: [String: String] = [:]
        // A directory, a missing file or one that is not UTF-8 fails to read: the conversion reports it.
        for path in KubernetesInput.filesToRead(in: project) {
            files[path] = try? String(contentsOfFile: path, encoding: .utf8)
        }
        return KubernetesInput(project: project, plan: plan, namespace: namespace, files: files)
    }
}
