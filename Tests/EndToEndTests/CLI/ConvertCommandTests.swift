import Foundation
import Testing

/// `mixcompose convert --format kubernetes` and `validate --target kubernetes`: no daemon involved.
@Suite struct ConvertCommandTests {
    static let project = """
        services:
          app:
            image: mcr.microsoft.com/windows/nanoserver:ltsc2022
            isolation: hyperv
            secrets: [token]
          db:
            image: postgres:16
        secrets:
          token: {file: ./token.txt}
        """

    @Test("convert prints one YAML stream with the file-backed Secret read at convert time and reports Hyper-V isolation on stderr")
    func stream() throws {
        let project = try TemporaryProject(compose: Self.project, files: ["token.txt": "t0ken\n"])
        let result = try project.run(["convert", "--format", "kubernetes", "--namespace", "team"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("kind: Secret\n") && result.stdout.contains("  token: \"t0ken\\n\"\n"), "\(result)")
        #expect(result.stdout.components(separatedBy: "---\n").count == 3, "\(result)")
        #expect(result.stdout.contains("namespace: team"), "\(result)")
        #expect(result.stderr.contains("compose.yaml:4:5: warning: isolation: hyperv is not converted"), "\(result)")
    }

    @Test("convert -o DIR writes one file per object, named by kind and name")
    func directory() throws {
        let project = try TemporaryProject(compose: Self.project, files: ["token.txt": "t0ken"])
        let result = try project.run(["convert", "--format", "kubernetes", "-o", "out"])
        #expect(result.status == 0, "\(result)")
        let files = try FileManager.default.contentsOfDirectory(atPath: project.directory + "/out").sorted()
        #expect(files == ["deployment-app.yaml", "deployment-db.yaml", "secret-token.yaml"])
        #expect(result.stdout.isEmpty)
    }

    @Test("convert refuses a project whose plan has errors, printing nothing on stdout")
    func planErrors() throws {
        let project = try TemporaryProject(compose: ValidateCommandTests.planError)
        let result = try project.run(["convert", "--format", "kubernetes"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    @Test("validate and plan --target kubernetes add the conversion's warnings, which --strict turns into a failure")
    func validateTarget() throws {
        let project = try TemporaryProject(compose: Self.project, files: ["token.txt": "t0ken"])
        let local = try project.run(["validate", "--strict"])
        let cluster = try project.run(["validate", "--strict", "--target", "kubernetes", "--format", "json"])
        #expect(local.status == 0, "\(local)")
        #expect(cluster.status == 1, "\(cluster)")
        #expect(cluster.stdout.contains("\"MXC602\""), "\(cluster)")
        let plan = try project.run(["plan", "--target", "kubernetes", "--format", "json"])
        #expect(plan.status == 0, "\(plan)")
        #expect(plan.stdout.contains("\"MXC602\""), "\(plan)")
        #expect(try !project.run(["plan", "--format", "json"]).stdout.contains("\"MXC602\""))
    }
}
