import ComposeModel
import Foundation
import Planner

/// Validates manifests with PyPI's `kubernetes-validate` in strict mode (unknown fields fail) against
/// one Kubernetes version, from `.venv-k8s` (scripts/kubernetes-validate, run by scripts/setup).
enum KubernetesCheck {
    /// The Kubernetes version whose schemas the manifests must satisfy.
    static let version = "1.37.0"

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private static let checker = root.appendingPathComponent(".venv-k8s/bin/kubernetes-validate").path

    /// True under CI, where scripts/setup installs the checker and a skip would hide a gap.
    static let isRequired = ProcessInfo.processInfo.environment["CI"] == "true"

    static let isAvailable = FileManager.default.isExecutableFile(atPath: checker)

    /// The checker's complaints, one per line; empty when every file validates.
    static func problems(in files: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: checker)
        process.arguments = ["--strict", "--quiet", "-k", version] + files
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return process.terminationStatus == 0 ? text : text + "\n(exit \(process.terminationStatus))"
    }

    /// The project in `directory` as the CLI loads it (`--project-directory`), or nil when it does not load.
    static func load(_ directory: String) -> Project? {
        let result = ProjectLoader.load(LoadOptions(workingDirectory: directory, environment: ["PWD": directory]))
        return result.diagnostics.hasErrors ? nil : result.project
    }

    /// The manifests of `project` with the files it names read as the CLI reads them.
    static func convert(_ project: Project, namespace: String = "default") -> KubernetesOutput {
        var files: [String: String] = [:]
        for path in KubernetesInput.filesToRead(in: project) {
            files[path] = try? String(contentsOfFile: path, encoding: .utf8)
        }
        let plan = Planner.plan(PlanInput(project: project))
        return KubernetesConverter.convert(KubernetesInput(project: project, plan: plan, namespace: namespace, files: files))
    }
}
