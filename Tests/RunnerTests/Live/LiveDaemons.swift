import ComposeModel
import Foundation
import Logging
import Planner
import Runner

/// The testbed's two real daemons (`MIXCOMPOSE_TESTBED_LINUX_HOST`, `MIXCOMPOSE_TESTBED_WINDOWS_HOST`),
/// the second standing in for Windows. Without them the live tests skip with a notice, except in CI
/// (`CI=true`), where they run and fail.
enum LiveDaemons {
    static let image = "mixcompose-testbed/busybox:latest"
    static let environment = ProcessInfo.processInfo.environment

    static var hosts: (linux: String, windows: String)? {
        guard let linux = environment["MIXCOMPOSE_TESTBED_LINUX_HOST"], !linux.isEmpty,
              let windows = environment["MIXCOMPOSE_TESTBED_WINDOWS_HOST"], !windows.isEmpty else { return nil }
        return (linux, windows)
    }

    /// True when the live tests must run.
    static let isEnabled: Bool = {
        if hosts != nil || environment["CI"] == "true" { return true }
        print("notice: MIXCOMPOSE_TESTBED_LINUX_HOST/WINDOWS_HOST are not set; skipping live runner tests (scripts/testbed start)")
        return false
    }()

    struct Missing: Error, CustomStringConvertible {
        var description: String { "the testbed daemons are not configured (MIXCOMPOSE_TESTBED_LINUX_HOST/WINDOWS_HOST)" }
    }

    /// A project name no other run uses.
    static func uniqueProject(_ purpose: String) -> String {
        "mxr-\(purpose)-\(UUID().uuidString.prefix(6).lowercased())"
    }

    /// Connects both daemons (windows as a stand-in), runs `body` with a runner, then always takes the
    /// project down with its volumes.
    static func with<Result>(
        project name: String, _ body: (Runner, RecordingSink) async throws -> Result
    ) async throws -> Result {
        guard let hosts else { throw Missing() }
        var options = DaemonOptions()
        options.linuxHost = hosts.linux
        options.windowsHost = hosts.windows
        options.windowsStandIn = true
        let logger = Logger(label: "runner-live")
        return try await DaemonResolver.withDaemons(options: options, environment: [:], logger: logger) { daemons in
            let sink = RecordingSink()
            let runner = Runner(daemons: daemons, output: sink)
            let result: Result
            do {
                result = try await body(runner, sink)
            } catch {
                try? await runner.down(projectName: name, project: nil, options: cleanup)
                throw error
            }
            try await runner.down(projectName: name, project: nil, options: cleanup)
            return result
        }
    }

    private static var cleanup: DownOptions {
        var options = DownOptions()
        options.volumes = true
        options.timeout = 1
        return options
    }

    /// A busybox service running `script` under `sh -c`, with an init so stops are fast.
    static func service(_ name: String, _ script: String) -> Service {
        var service = Service(name: name)
        service.image = image
        service.command = ["sh", "-c", script]
        service.initProcess = true
        return service
    }

    /// A project of `services` on the implicit default network, and its plan from the real planner.
    static func project(_ name: String, _ services: [Service]) throws -> (Project, Plan) {
        var project = Project(name: name, workingDirectory: "/tmp")
        for service in services { project.services[service.name] = service }
        project.networks["default"] = Network(key: "default", name: "\(name)_default")
        let plan = Planner.plan(PlanInput(project: project, defaultOS: .linux))
        guard !plan.hasErrors else { throw RunnerError.invalidSetting("plan has errors: \(plan.diagnostics)") }
        return (project, plan)
    }
}
