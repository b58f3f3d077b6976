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
        let daemon = try DaemonInspector(host: testbed.linuxHost)
        let suffix = UUID().uuidString.prefix(6).lowercased()
        if fixture.expectsRefusal {
            return try Self.compareRefusals(fixture, suffix: suffix) { project, arguments in
                fixture.reference(arguments, project: project, compose: compose, testbed: testbed)
            } ours: { project, arguments in
                fixture.mixcompose(arguments, project: project, binary: binary, testbed: testbed)
            }
        }
        // One tool after the other, each project down before the next is up, so fixtures may use
        // fixed subnets, addresses and host ports.
        let referenceProject = "mxc-parity-\(fixture.name)-c\(suffix)"
        let reference = try Self.bringUp(fixture, project: referenceProject, daemon: daemon) { arguments, extra in
            fixture.reference(arguments, project: referenceProject, compose: compose, testbed: testbed, extra: extra)
        }
        let ourProject = "mxc-parity-\(fixture.name)-m\(suffix)"
        let mine = try Self.bringUp(fixture, project: ourProject, daemon: daemon) { arguments, extra in
            fixture.mixcompose(arguments, project: ourProject, binary: binary, testbed: testbed, extra: extra)
        }
        try #require(!reference.isEmpty, "Docker Compose created no container for \(fixture.name)")
        #expect(mine.keys.sorted() == reference.keys.sorted(), "containers by service-number")
        var differences: [String] = []
        for key in reference.keys.sorted() {
            guard let ourInspect = mine[key], let theirInspect = reference[key] else { continue }
            let expected = InspectNormalizer(project: referenceProject, containerNames: Self.names(reference))
                .lines(of: theirInspect)
            let actual = InspectNormalizer(project: ourProject, dropsInjectedPeers: true, containerNames: Self.names(mine))
                .lines(of: ourInspect)
            for path in Set(expected.keys).union(actual.keys).sorted() where expected[path] != actual[path] {
                guard !Self.exceptions.contains(where: { path.hasPrefix($0.path) }) else { continue }
                differences.append("\(key) \(path): compose \(expected[path] ?? "(absent)"), mixcompose \(actual[path] ?? "(absent)")")
            }
        }
        #expect(differences.isEmpty, "\(fixture.name) differs from Docker Compose:\n\(differences.joined(separator: "\n"))")
    }

    /// Both tools refuse the project; mixcompose's message carries Compose's.
    private static func compareRefusals(
        _ fixture: UpParityCase, suffix: some StringProtocol,
        reference: (String, [String]) -> CommandResult, ours: (String, [String]) -> CommandResult
    ) throws {
        let (theirProject, ourProject) = ("mxc-parity-\(fixture.name)-c\(suffix)", "mxc-parity-\(fixture.name)-m\(suffix)")
        defer {
            _ = reference(theirProject, ["down", "-v", "--remove-orphans", "-t", "1"])
            _ = ours(ourProject, ["down", "-v", "--remove-orphans", "-t", "1"])
        }
        let theirs = reference(theirProject, ["up", "-d"])
        let mine = ours(ourProject, ["up", "-d"])
        try #require(theirs.status != 0, "Docker Compose was expected to refuse \(fixture.name): \(theirs)")
        try #require(mine.status != 0, "mixcompose was expected to refuse \(fixture.name): \(mine)")
        let reason = try #require(theirs.stderrLines.last?.trimmingCharacters(in: .whitespaces))
        #expect(mine.stderr.contains(reason), "Compose's reason \"\(reason)\" is missing: \(mine)")
    }

    /// Runs `up -d` through `tool` (twice with `RECREATE`), inspects the project's containers, and
    /// always takes it down again.
    private static func bringUp(
        _ fixture: UpParityCase, project: String, daemon: DaemonInspector,
        tool: ([String], [String: String]) -> CommandResult
    ) throws -> [String: [String: Any]] {
        defer {
            let down = tool(["down", "-v", "--remove-orphans", "-t", "1"], [:])
            #expect(down.status == 0, "cleanup: \(down)")
        }
        let up = tool(["up", "-d"], [:])
        if fixture.expectsFailure {
            try #require(up.status != 0, "the daemon was expected to refuse to start the containers: \(up)")
        } else {
            try #require(up.status == 0, "\(up)")
        }
        let first = try containers(daemon, project: project)
        guard !fixture.recreate.isEmpty else { return first }
        let again = tool(["up", "-d"], fixture.recreate)
        try #require(again.status == 0, "\(again)")
        var second = try containers(daemon, project: project)
        for (key, inspect) in second {
            #expect(inspect["Id"] as? String != first[key]?["Id"] as? String, "\(key) was not recreated")
            second[key]?["Recreated"] = carriedOver(from: first[key], to: inspect)
        }
        return second
    }

    /// Destination → whether the volume mounted there is the one the replaced container had.
    private static func carriedOver(from old: [String: Any]?, to new: [String: Any]) -> [String: Bool] {
        func volumes(_ inspect: [String: Any]?) -> [String: String] {
            var result: [String: String] = [:]
            for mount in inspect?["Mounts"] as? [[String: Any]] ?? [] where mount["Type"] as? String == "volume" {
                if let destination = mount["Destination"] as? String { result[destination] = mount["Name"] as? String }
            }
            return result
        }
        let before = volumes(old)
        return volumes(new).mapValues { name in before.values.contains(name) }
    }

    /// Full container id → `service-number`.
    private static func names(_ containers: [String: [String: Any]]) -> [String: String] {
        var names: [String: String] = [:]
        for (key, inspect) in containers { if let id = inspect["Id"] as? String { names[id] = key } }
        return names
    }

    /// `service-number` → full inspect of each of the project's containers.
    private static func containers(_ daemon: DaemonInspector, project: String) throws -> [String: [String: Any]] {
        var result: [String: [String: Any]] = [:]
        for summary in try daemon.containers(project: project) {
            let labels = summary["Labels"] as? [String: String] ?? [:]
            guard let id = summary["Id"] as? String, let service = labels["com.docker.compose.service"] else { continue }
            result["\(service)-\(labels["com.docker.compose.container-number"] ?? "?")"] = try daemon.inspect(container: id)
        }
        return result
    }
}
