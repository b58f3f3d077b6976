import Foundation
import Testing

/// `mixcompose validate`: the CI check, in text, JSON, GitHub annotations and SARIF.
@Suite struct ValidateCommandTests {
    static let valid = "services:\n  web:\n    image: nginx:1.27\n"
    static let invalid = "services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n"
    /// A Windows service asking for something the Windows engine refuses: a plan error.
    static let planError = """
        services:
          backend:
            image: mcr.microsoft.com/windows/servercore:ltsc2022
            platform: windows/amd64
            privileged: true
        """

    /// Valid, but `dns_opt` has no effect on Windows: a warning.
    static let warning = """
        services:
          backend:
            image: mcr.microsoft.com/windows/servercore:ltsc2022
            platform: windows/amd64
            dns_opt: ["ndots:1"]
        """

    @Test("validate exits 0 on a valid project and 1 on a broken one, printing the error to stderr")
    func textExitCodes() throws {
        let good = try TemporaryProject(compose: Self.valid)
        let ok = try good.run(["validate"])
        #expect(ok.status == 0, "\(ok)")
        #expect(ok.errorDiagnostics.isEmpty)
        let bad = try TemporaryProject(compose: Self.invalid)
        let failed = try bad.run(["validate"])
        #expect(failed.status == 1, "\(failed)")
        #expect(failed.errorDiagnostics.contains { $0.hasPrefix("compose.yaml:4:") }, "\(failed)")
    }

    @Test("validate exits 1 on a plan error")
    func planErrorFails() throws {
        let project = try TemporaryProject(compose: Self.planError)
        let result = try project.run(["validate"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("error"), "\(result)")
    }

    @Test("validate --strict fails on a warning that plain validate lets pass")
    func strict() throws {
        let project = try TemporaryProject(compose: Self.warning)
        #expect(try project.run(["validate"]).status == 0)
        let strict = try project.run(["validate", "--strict"])
        #expect(strict.status == 1, "\(strict)")
        #expect(strict.stderr.contains("warning"), "\(strict)")
    }

    @Test("validate --format github prints one workflow command per problem")
    func github() throws {
        let project = try TemporaryProject(compose: Self.invalid)
        let result = try project.run(["validate", "--format", "github"])
        #expect(result.status == 1, "\(result)")
        #expect(!result.stdoutLines.isEmpty)
        #expect(result.stdoutLines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") }, "\(result)")
        #expect(result.stdoutLines.contains { $0.hasPrefix("::error file=compose.yaml,line=") }, "\(result)")
        let warnings = try TemporaryProject(compose: Self.warning).run(["validate", "--format", "github"])
        #expect(warnings.status == 0, "\(warnings)")
        #expect(warnings.stdoutLines.contains { $0.hasPrefix("::warning ") }, "\(warnings)")
    }

    @Test("validate --format sarif is SARIF 2.1.0 with a result per problem")
    func sarif() throws {
        let project = try TemporaryProject(compose: Self.invalid)
        let result = try project.run(["validate", "--format", "sarif"])
        #expect(result.status == 1, "\(result)")
        let sarif = try #require(TemporaryProject.jsonObject(result.stdout), "\(result)")
        #expect(sarif["version"] as? String == "2.1.0")
        let runs = try #require(sarif["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.contains { $0["level"] as? String == "error" }, "\(results)")
        // Repository-relative URIs: code scanning resolves them against the checkout.
        #expect(result.stdout.contains(#""uri": "compose.yaml""#), "\(result)")
    }

    @Test("validate --format json lists problems with severity, message and position")
    func json() throws {
        let project = try TemporaryProject(compose: Self.invalid)
        let result = try project.run(["validate", "--format", "json"])
        #expect(result.status == 1, "\(result)")
        let items = try #require(TemporaryProject.jsonObject(result.stdout)?["diagnostics"] as? [[String: Any]], "\(result)")
        let error = try #require(items.first { $0["severity"] as? String == "error" })
        #expect((error["message"] as? String ?? "").contains("db"), "\(error)")
        let clean = try TemporaryProject(compose: Self.valid).run(["validate", "--format", "json"])
        #expect(clean.status == 0)
        #expect((TemporaryProject.jsonObject(clean.stdout)?["diagnostics"] as? [Any])?.isEmpty == true, "\(clean)")
    }
}
