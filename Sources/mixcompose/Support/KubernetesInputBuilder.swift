import ComposeModel
import Foundation
import Planner

/// Gathers what the pure Kubernetes conversion cannot read itself: the contents of the files the
/// project's secrets, configs and bind mounts name (regular UTF-8 files only).
enum KubernetesInputBuilder {
    static func input(for project: Project, plan: Plan, namespace: String) -> KubernetesInput {
        var files: [String: String] = [:]
        for path in KubernetesInput.filesToRead(in: project) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let text = try? String(contentsOfFile: path, encoding: .utf8)
            else { continue }
            files[path] = text
        }
        return KubernetesInput(project: project, plan: plan, namespace: namespace, files: files)
    }
}
