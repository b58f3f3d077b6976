import ComposeModel
import Foundation
import Testing

@testable import Planner

@Suite struct KubernetesGoldenTests {
    @Test("the sample converts to the pinned manifests: Linux proxy waiting for the headless Windows web Service")
    func sample() throws {
        let directory = KubernetesCheck.root.appendingPathComponent("samples/nginx-aspnet").path
        let project = try #require(KubernetesCheck.load(directory))
        expectLines(KubernetesCheck.convert(project).yaml(), KubernetesGoldens.sample)
    }

    @Test("a mixed project converts to the pinned manifests, Secret and ConfigMap content read at convert time")
    func mixed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mxc-k8s-shop-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try KubernetesGoldens.shopProject.write(toFile: directory + "/compose.yaml", atomically: true, encoding: .utf8)
        let result = ProjectLoader.load(
            LoadOptions(workingDirectory: directory, environment: ["PWD": directory, "DB_PASSWORD": "s3cret"]))
        let project = try #require(result.project)
        let output = KubernetesCheck.convert(project, namespace: "shop")
        expectLines(output.yaml(), KubernetesGoldens.shop)
        #expect(output.diagnostics.items.compactMap(\.code) == ["MXC602", "MXC603", "MXC603"])
    }
}
