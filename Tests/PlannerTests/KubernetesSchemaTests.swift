import ComposeModel
import Foundation
import Testing
import YAML

@testable import Planner

@Suite struct KubernetesSchemaTests {
    /// Every project directory under Tests/ (a directory holding a default compose file) and the sample.
    static func projectDirectories() throws -> [String] {
        let names: Set<String> = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"]
        let tests = KubernetesCheck.root.appendingPathComponent("Tests").path
        let enumerator = try #require(FileManager.default.enumerator(atPath: tests))
        var directories = Set<String>()
        while let path = enumerator.nextObject() as? String {
            let url = URL(fileURLWithPath: tests).appendingPathComponent(path)
            if names.contains(url.lastPathComponent) { directories.insert(url.deletingLastPathComponent().path) }
        }
        return directories.sorted() + [KubernetesCheck.root.appendingPathComponent("samples/nginx-aspnet").path]
    }

    @Test(
        "the manifests of every fixture that loads, of the sample and of the mixed test projects validate strictly against Kubernetes' schemas",
        // CI provides the checker (scripts/setup makes .venv-k8s), so there the test runs or fails.
        .enabled(if: KubernetesCheck.isAvailable || KubernetesCheck.isRequired, "needs .venv-k8s: run scripts/kubernetes-validate"))
    func everyFixtureValidates() throws {
        try #require(KubernetesCheck.isAvailable, "CI=true but no .venv-k8s/bin/kubernetes-validate: run scripts/setup")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("mxc-k8s-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        var files: [String] = []
        var kinds = Set<String>()
        for directory in try Self.projectDirectories() {
            guard let project = KubernetesCheck.load(directory) else { continue }
            let converted = KubernetesCheck.convert(project)
            for object in converted.objects { kinds.insert(object.mapping?["kind"]?.scalar?.text ?? "") }
            let file = output.appendingPathComponent(directory.replacingOccurrences(of: "/", with: "_") + ".yaml").path
            try converted.yaml().write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        // The mixed projects of the unit and golden tests: Windows pods, secrets, configs, claims, waits.
        for (name, text) in [("mixed", try KubernetesConverterTests.converted().yaml()), ("shop", KubernetesGoldens.shop)] {
            let file = output.appendingPathComponent("\(name).yaml").path
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        // A broken fixture search would validate nothing: most fixtures load.
        #expect(files.count >= 32)
        #expect(kinds.isSuperset(of: ["Deployment", "Service", "PersistentVolumeClaim", "Secret", "ConfigMap"]))
        let problems = try KubernetesCheck.problems(in: files)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test(
        "the strict check rejects a manifest with a field Kubernetes does not know",
        .enabled(if: KubernetesCheck.isAvailable || KubernetesCheck.isRequired, "needs .venv-k8s: run scripts/kubernetes-validate"))
    func strictCheckRejectsUnknownFields() throws {
        try #require(KubernetesCheck.isAvailable, "CI=true but no .venv-k8s/bin/kubernetes-validate: run scripts/setup")
        let project = try Fixture.project("name: p\nservices: {web: {image: nginx}}")
        let text = KubernetesCheck.convert(project).yaml().replacingOccurrences(of: "replicas:", with: "replica:")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mxc-k8s-bad-\(UUID().uuidString.prefix(8)).yaml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(try KubernetesCheck.problems(in: [file]).contains("'replica' was unexpected"))
    }
}
