import Foundation
import Testing

@testable import mixcompose

@Suite struct VersionCommandTests {
    @Test("version prints Compose's three shapes: a sentence, a JSON object, or the bare number with --short winning")
    func shapes() throws {
        let render = { MixCompose.VersionCommand.output(format: $0, short: $1, version: "1.2.3", commit: "abcdef012345") }
        #expect(render(.pretty, false) == "mixcompose version 1.2.3 (commit abcdef012345)")
        #expect(render(.json, false) == #"{"commit":"abcdef012345","version":"1.2.3"}"#)
        #expect(render(.json, true) == "1.2.3")
        #expect(render(.pretty, true) == "1.2.3")
    }

    @Test("the binary's version -f json and --short agree with --version, in a directory without a compose file")
    func binaryAgreesWithVersionFlag() throws {
        let binary = try MixComposeBinary.require()
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("mxc-version-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let flag = binary.run(["--version"], in: empty, environment: [:], timeout: 30, input: nil)
        let json = binary.run(["version", "-f", "json"], in: empty, environment: [:], timeout: 30, input: nil)
        let short = binary.run(["version", "--short"], in: empty, environment: [:], timeout: 30, input: nil)
        #expect(flag.status == 0 && json.status == 0 && short.status == 0, "\(flag) \(json) \(short)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: String])
        let version = try #require(object["version"])
        let commit = try #require(object["commit"])
        #expect(flag.stdout == "\(version) (commit \(commit))\n")
        #expect(short.stdout == version + "\n")
        let unknown = binary.run(["version", "--format", "yaml"], in: empty, environment: [:], timeout: 30, input: nil)
        #expect(unknown.status == 1 && unknown.stderr.contains("yaml"), "\(unknown)")
    }
}
