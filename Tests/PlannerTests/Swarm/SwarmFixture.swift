import ComposeModel
import Foundation
import Testing
import YAML

@testable import Planner

/// Loads a compose file as the CLI does (names, the implicit default network) from a temporary directory,
/// plans it and converts it to a Swarm stack in namespace `ns`.
enum SwarmFixture {
    static func stack(
        _ yaml: String, files: [String: String] = [:], environment: [String: String] = [:], windowsStandin: Bool = false,
        routingMesh: Bool = true, imageOS: [String: DaemonRole] = [:]
    ) throws -> SwarmStack {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mxc-swarm-unit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try yaml.write(toFile: "\(directory)/compose.yaml", atomically: true, encoding: .utf8)
        var contents: [String: [UInt8]] = [:]
        for (name, text) in files { contents["\(directory)/\(name)"] = Array(text.utf8) }
        let result = ProjectLoader.load(LoadOptions(
            workingDirectory: directory, projectName: "proj", environment: environment.merging(["PWD": directory]) { $1 }))
        let project = try #require(result.project, "\(result.diagnostics.errors)")
        let plan = Planner.plan(PlanInput(project: project, imageOS: imageOS))
        return SwarmConverter.convert(SwarmInput(
            project: project, plan: plan, namespace: "ns", windowsStandin: windowsStandin, routingMesh: routingMesh,
            files: contents))
    }

    /// The value at `path` (object keys and array indexes, dot-separated) in `value`.
    static func value(_ value: JSONValue?, _ path: String) -> JSONValue? {
        path.split(separator: ".").reduce(value) { node, step in
            switch node {
            case .object(let fields)?: return fields.first { $0.0 == step }?.1
            case .array(let items)?: return Int(step).flatMap { $0 < items.count ? items[$0] : nil }
            default: return nil
            }
        }
    }

    /// The spec of service `name`, or of its field at `path`.
    static func spec(_ stack: SwarmStack, _ name: String, _ path: String = "") -> JSONValue? {
        let spec = stack.services.first { $0.service == name }?.spec
        return path.isEmpty ? spec : value(spec, path)
    }

    static func strings(_ value: JSONValue?) -> [String]? {
        guard case .array(let items)? = value else { return nil }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }

    /// `code service line` for every diagnostic.
    static func found(_ stack: SwarmStack) -> [String] {
        stack.diagnostics.items.map { "\($0.code ?? "") \($0.service ?? "-") \($0.mark.line)" }
    }

    static func codes(_ stack: SwarmStack, service: String? = nil) -> [String] {
        stack.diagnostics.items.filter { service == nil || $0.service == service }.compactMap(\.code)
    }
}
