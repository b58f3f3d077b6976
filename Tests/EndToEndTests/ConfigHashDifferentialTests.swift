import Foundation
import Testing

/// `mixcompose config --hash` against Docker Compose v2's (`MIXCOMPOSE_REFERENCE_COMPOSE`): the same
/// `SERVICE HASH` lines (the hash Compose stores in `com.docker.compose.config-hash`), exit status and errors,
/// on our fixtures and on every compose file of ../shared/corpus.
@Suite(.serialized) struct ConfigHashDifferentialTests {
    /// Corpus files whose disagreement is deliberate, each with the reason.
    static let deliberate: [String: String] = [
        "compose-go-inline/loader/loader_test/TestXService-1.yaml": DifferentialTests.deliberate[
            "compose-go-inline/loader/loader_test/TestXService-1.yaml"]!,
    ]

    /// `config --hash selection` run by `tool` on `item`'s project: exit status, output and errors.
    static func hashes(_ tool: String, _ item: DifferentialCase, _ selection: String = "*") -> (Int32, String, String) {
        DifferentialCase.execute(tool, item.arguments + ["config", "--hash", selection], in: item.directory, environment: item.fullEnvironment)
    }

    /// Nil when both agree (equal output and status, or both fail), else what differs.
    static func disagreement(_ reference: String, _ ours: String, _ item: DifferentialCase, _ selection: String = "*") -> String? {
        let theirs = hashes(reference, item, selection), mine = hashes(ours, item, selection)
        if theirs.0 != 0 && mine.0 != 0 { return nil }
        if theirs.0 == mine.0 && theirs.1 == mine.1 { return nil }
        return "Compose (\(theirs.0)): \(theirs.1)\(theirs.2) / mixcompose (\(mine.0)): \(mine.1)\(mine.2)"
    }

    @Test("config --hash '*' prints Docker Compose's hashes for every fixture project")
    func fixturesAgree() throws {
        guard let reference = DifferentialTests.reference() else { return }
        let binary = try MixComposeBinary.require().path
        var compared = 0
        for item in DifferentialTests.fixtures() where !item.label.hasPrefix("error-") {
            compared += 1
            if let difference = Self.disagreement(reference, binary, item) { Issue.record("\(item.label): \(difference)") }
        }
        #expect(compared >= 15, "only \(compared) fixtures compared")
    }

    @Test("config --hash with named services prints them sorted, and an unknown one fails as Docker Compose does")
    func selectionAndUnknownService() throws {
        guard let reference = DifferentialTests.reference() else { return }
        let binary = try MixComposeBinary.require().path
        let directory = FileManager.default.temporaryDirectory.path + "/mxc-hash-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "services:\n  web: {image: nginx}\n  db: {image: postgres}\n".write(toFile: directory + "/compose.yaml", atomically: true, encoding: .utf8)
        let item = DifferentialCase(directory: directory, arguments: ["-p", "mxc-hash"], environment: [:], label: "selection")
        for selection in ["web,db", "db", "web,web"] {
            let theirs = Self.hashes(reference, item, selection), mine = Self.hashes(binary, item, selection)
            #expect(theirs.0 == 0 && mine.0 == 0 && mine.1 == theirs.1, "\(selection): \(theirs) / \(mine)")
        }
        // The names are sorted first: `db` prints before the unknown `nope` fails; `a` fails before anything.
        for selection in ["nope,db", "a,web"] {
            let theirs = Self.hashes(reference, item, selection), mine = Self.hashes(binary, item, selection)
            #expect(theirs.0 == 1 && mine.0 == theirs.0, "\(selection): \(theirs) / \(mine)")
            #expect(mine.1 == theirs.1, "\(selection): \(theirs.1) / \(mine.1)")
            #expect(mine.2.trimmingCharacters(in: .whitespacesAndNewlines) == theirs.2.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test("config --hash '*' prints Docker Compose's hashes for every corpus compose file it accepts")
    func corpusAgrees() throws {
        guard let reference = DifferentialTests.reference() else { return }
        let binary = try MixComposeBinary.require().path
        guard let cases = DifferentialTests.corpusCases() else { return }
        var failures: [String] = []
        for item in cases where Self.deliberate[item.label] == nil {
            if let difference = Self.disagreement(reference, binary, item) { failures.append("\(item.label): \(difference)") }
        }
        print("corpus config --hash: \(cases.count) files, \(failures.count) disagree")
        for failure in failures.prefix(100) { print("  disagree: \(failure)") }
        #expect(cases.count > 100)
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) corpus files disagree with Docker Compose")
    }
}
