import Foundation
import Testing

/// A compose project run against the testbed under a unique name (`mxc-e2e-<random>`), with both
/// daemons configured (the Windows role played by a stand-in), and always taken down afterwards.
struct RuntimeProject: Sendable {
    let testbed: Testbed
    let files: TemporaryProject
    /// The unique project name passed as `-p`.
    let name: String

    /// The environment that points `mixcompose` at the testbed.
    var environment: [String: String] {
        [
            "MIXCOMPOSE_LINUX_HOST": testbed.linuxHost, "MIXCOMPOSE_WINDOWS_HOST": testbed.windowsHost,
            "MIXCOMPOSE_WINDOWS_STANDIN": "1",
        ]
    }

    /// Runs `mixcompose -p <name> arguments` in the project directory against the testbed.
    func run(_ arguments: [String], extra: [String: String] = [:], timeout: TimeInterval = 120) throws -> CommandResult {
        try files.run(["-p", name] + arguments, environment: environment.merging(extra) { _, new in new }, timeout: timeout)
    }

    /// Inspectors for the linux-role and windows-role daemons.
    var linux: DaemonInspector { get throws { try DaemonInspector(host: testbed.linuxHost) } }
    var windows: DaemonInspector { get throws { try DaemonInspector(host: testbed.windowsHost) } }

    /// Container IDs by service, over both daemons.
    func containerIDs() throws -> [String: String] {
        try linux.containerIDs(project: name).merging(windows.containerIDs(project: name)) { first, _ in first }
    }

    /// Container states (`running`, `paused`, `exited`, …) by service, over both daemons, as the daemons list them.
    func containerStates() throws -> [String: String] {
        try linux.containerFields(project: name, key: "State").merging(windows.containerFields(project: name, key: "State")) { first, _ in first }
    }

    /// Everything labelled with this project on either daemon (containers, networks, volumes), as readable strings.
    func leftovers() throws -> [String] {
        var found: [String] = []
        for (role, daemon) in [("linux", try linux), ("windows", try windows)] {
            found += try daemon.containers(project: name).map { "\(role) container \($0["Names"] ?? "?")" }
            found += try daemon.networks(project: name).map { "\(role) network \($0)" }
            found += try daemon.volumes(project: name).map { "\(role) volume \($0)" }
        }
        return found
    }

    /// Polls `mixcompose logs` until `predicate` holds for its output or `attempts` seconds pass; returns the last output.
    func logs(_ arguments: [String] = [], attempts: Int = 30, until predicate: (String) -> Bool) throws -> CommandResult {
        var result = try run(["logs"] + arguments)
        for _ in 1..<max(attempts, 1) where !predicate(result.stdout) {
            Thread.sleep(forTimeInterval: 1)
            result = try run(["logs"] + arguments)
        }
        return result
    }

    /// Creates the project from `compose` under `<prefix>-<random>`, runs `body`, then always runs `down -v` and
    /// checks nothing is left.
    static func with(_ compose: String, prefix: String = "mxc-e2e", _ body: (RuntimeProject) throws -> Void) throws {
        let testbed = try Testbed.require()
        let project = RuntimeProject(
            testbed: testbed, files: try TemporaryProject(compose: compose),
            name: "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())")
        defer { project.tearDown() }
        try body(project)
    }

    private func tearDown() {
        do {
            let down = try run(["down", "-v", "--remove-orphans", "-t", "2"])
            #expect(down.status == 0, "cleanup: \(down)")
            let left = try leftovers()
            #expect(left.isEmpty, "cleanup left \(left) behind")
        } catch {
            Issue.record("cleanup of \(name) failed: \(error)")
        }
    }
}
