import ComposeModel
import Testing
import YAML

@testable import Planner

/// Builds projects from canonical-form YAML (what `config --format json` prints) and plans them.
enum Fixture {
    /// The project in `yaml`, decoded as if loaded from `compose.yaml`.
    static func project(_ yaml: String, file: String = "compose.yaml") throws -> Project {
        let documents = try YAMLParser.parse(Array(yaml.utf8), file: file)
        let tree = try #require(documents.first)
        return ProjectDecoder.decode(tree, workingDirectory: "/p", composeFiles: [file])
    }

    /// The plan of the project in `yaml`.
    static func plan(
        _ yaml: String, defaultOS: DaemonRole = .linux, imageOS: [String: DaemonRole] = [:],
        finalFrom: [String: String] = [:], fileBindSources: Set<String> = []
    ) throws -> Plan {
        Planner.plan(
            PlanInput(
                project: try project(yaml), defaultOS: defaultOS, imageOS: imageOS, dockerfileFinalFrom: finalFrom,
                fileBindSources: fileBindSources))
    }

    /// The codes of the plan's diagnostics, in order.
    static func codes(_ plan: Plan) -> [String] { plan.diagnostics.items.compactMap(\.code) }
}

/// Compares line by line, so a failure names the first differing line rather than two pages.
func expectLines(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = (expected + "\n").split(separator: "\n", omittingEmptySubsequences: false)
    for (i, (a, e)) in zip(actualLines, expectedLines).enumerated() where a != e {
        Issue.record("line \(i + 1) differs:\n  actual:   \(a)\n  expected: \(e)", sourceLocation: sourceLocation)
        return
    }
    #expect(actualLines.count == expectedLines.count, sourceLocation: sourceLocation)
}
