import Foundation
import Testing

/// `up` sends the daemon what Docker Compose sends: each UpFixtures project is brought up by
/// Docker Compose v2 and by mixcompose under two project names on the linux testbed daemon, and
/// every pair of containers (same service, same number) must inspect the same, field by field,
/// once `InspectNormalizer` has set aside what the daemon or the tool chooses on its own.
@Suite(.enabled(if: Testbed.shouldRun && Testbed.shouldCompareWithReference))
struct UpParityTests {
    /// Deliberate differences, as `(path prefix, reason)`; a difference under one of these paths is
    /// not a failure. Keep each one justified.
    static let exceptions: [(path: String, reason: String)] = []

    @Test("each UpFixtures project gives containers that inspect as Docker Compose's do", arguments: UpParityCase.all())
    func containersMatchCompose(_ fixture: UpParityCase) throws {
        let testbed = try Testbed.require()
        let compose = try Testbed.requireReferenceCompose()
        let binary = try MixComposeBinary.require()
        let suffix = UUID().uuidString.prefix(6).lowercased()
        let referenceProject = "mxc-parity-\(fixture.name)-c\(suffix)"
        let ourProject = "mxc-parity-\(fixture.name)-m\(suffix)"
        defer {
            let down = ["down", "-v", "--remove-orphans", "-t", "1"]
            let theirs = fixture.reference(down, project: referenceProject, compose: compose, testbed: testbed)
            let ours = fixture.mixcompose(down, project: ourProject, binary: binary, testbed: testbed)
            #expect(theirs.status == 0, "cleanup: \(theirs)")
            #expect(ours.status == 0, "cleanup: \(ours)")
        }
        let theirs = fixture.reference(["up", "-d"], project: referenceProject, compose: compose, testbed: testbed)
        let ours = fixture.mixcompose(["up", "-d"], project: ourProject, binary: binary, testbed: testbed)
        if fixture.expectsFailure {
            try #require(theirs.status != 0 && ours.status != 0, "both must fail to start:\n\(theirs)\n\(ours)")
        } else {
            try #require(theirs.status == 0, "\(theirs)")
            try #require(ours.status == 0, "\(ours)")
        }
        let daemon = try DaemonInspector(host: testbed.linuxHost)
        let reference = try Self.containers(daemon, project: referenceProject)
        let mine = try Self.containers(daemon, project: ourProject)
        try #require(!reference.isEmpty, "Docker Compose created no container for \(fixture.name)")
        #expect(mine.keys.sorted() == reference.keys.sorted(), "containers by service-number")
        var differences: [String] = []
        for key in reference.keys.sorted() {
            guard let ourInspect = mine[key], let theirInspect = reference[key] else { continue }
            let expected = InspectNormalizer(project: referenceProject).lines(of: theirInspect)
            let actual = InspectNormalizer(project: ourProject).lines(of: ourInspect)
            for path in Set(expected.keys).union(actual.keys).sorted() where expected[path] != actual[path] {
                guard !Self.exceptions.contains(where: { path.hasPrefix($0.path) }) else { continue }
                differences.append("\(key) \(path): compose \(expected[path] ?? "(absent)"), mixcompose \(actual[path] ?? "(absent)")")
            }
        }
        #expect(differences.isEmpty, "\(fixture.name) differs from Docker Compose:\n\(differences.joined(separator: "\n"))")
    }

    /// `service-number` → full inspect of each of the project's containers.
    private static func containers(_ daemon: DaemonInspector, project: String) throws -> [String: [String: Any]] {
        var result: [String: [String: Any]] = [:]
        for summary in try daemon.containers(project: project) {
            let labels = summary["Labels"] as? [String: String] ?? [:]
            guard let id = summary["Id"] as? String, let service = labels["com.docker.compose.service"] else { continue }
            let body = try daemon.probe.get("/containers/\(id)/json")
            let inspect = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] ?? [:]
            result["\(service)-\(labels["com.docker.compose.container-number"] ?? "?")"] = inspect
        }
        return result
    }
}
