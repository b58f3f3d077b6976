import Foundation
import Testing

/// Ctrl-C, sent as a real SIGINT to a running `mixcompose`: attached `up` stops the project and
/// exits 130 as Docker Compose does; an interrupted `up -d` leaves only labelled resources, so
/// `down` removes everything and a second `up -d` converges.
@Suite(.enabled(if: Testbed.shouldRun), .serialized) struct InterruptTests {
    /// A Windows-role and a Linux-role service, each printing a line every half second.
    static let chatty = """
        services:
          ticker:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            init: true
            command: [sh, -c, 'i=0; while true; do echo tick-$$i; i=$$((i+1)); sleep 0.5; done']
          tocker:
            image: \(Testbed.busyboxImage)
            init: true
            command: [sh, -c, 'i=0; while true; do echo tock-$$i; i=$$((i+1)); sleep 0.5; done']
        """

    /// `slow` turns healthy about 5 s after it starts; the others wait for that on both daemons.
    static let slow = """
        services:
          slow:
            image: \(Testbed.busyboxImage)
            init: true
            command: [sh, -c, 'sleep 5; touch /tmp/ready; exec sleep 3600']
            healthcheck:
              test: [CMD, test, -f, /tmp/ready]
              interval: 1s
              retries: 30
          web:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            init: true
            command: [sleep, '3600']
            depends_on:
              slow:
                condition: service_healthy
          worker:
            image: \(Testbed.busyboxImage)
            init: true
            command: [sleep, '3600']
            depends_on:
              slow:
                condition: service_healthy
        """

    @Test("Ctrl-C during attached up stops (not removes) the containers on both daemons and exits 130")
    func attachedUp() throws {
        try RuntimeProject.with(Self.chatty) { project in
            let up = try BackgroundCommand(project, ["up"])
            defer { up.kill() }
            let prefixes = ["ticker-1  | ", "tocker-1  | "]
            let shown = up.waitForOutput(timeout: 60) { output in
                prefixes.allSatisfy { prefix in output.stdout.split(separator: "\n").contains { $0.hasPrefix(prefix) } }
            }
            try #require(shown, "no prefixed lines from both services: \(up.result())")
            up.interrupt()
            let result = up.finish(timeout: 30)
            #expect(!result.timedOut && result.status == 130, "\(result)")
            #expect(result.stderr.contains("Gracefully stopping..."), "\(result)")
            let containers = try project.linux.containers(project: project.name) + project.windows.containers(project: project.name)
            #expect(containers.count == 2, "\(containers)")
            #expect(containers.allSatisfy { $0["State"] as? String == "exited" }, "\(containers.map { $0["State"] ?? "?" })")
            let down = try project.run(["down", "-t", "2"])
            #expect(down.status == 0, "\(down)")
            #expect(try project.leftovers().isEmpty)
        }
    }

    @Test(
        "SIGTERM or SIGHUP to attached up stops the containers on both daemons and exits 128 + the signal",
        arguments: [SIGTERM, SIGHUP])
    func terminatedUp(signal: Int32) throws {
        try RuntimeProject.with(Self.chatty, prefix: "mxc-robust-term") { project in
            let up = try BackgroundCommand(project, ["up"])
            defer { up.kill() }
            let shown = up.waitForOutput(timeout: 60) { output in
                ["ticker-1  | ", "tocker-1  | "].allSatisfy { prefix in
                    output.stdout.split(separator: "\n").contains { $0.hasPrefix(prefix) }
                }
            }
            try #require(shown, "no prefixed lines from both services: \(up.result())")
            up.interrupt(signal)
            let result = up.finish(timeout: 30)
            #expect(!result.timedOut && result.status == 128 + signal, "\(result)")
            #expect(result.stderr.contains("Gracefully stopping..."), "\(result)")
            let containers = try project.linux.containers(project: project.name) + project.windows.containers(project: project.name)
            #expect(containers.count == 2, "\(containers)")
            #expect(containers.allSatisfy { $0["State"] as? String == "exited" }, "\(containers.map { $0["State"] ?? "?" })")
        }
    }

    @Test("after Ctrl-C during up -d, the next command converges", arguments: ["down", "up"])
    func detachedUp(next: String) throws {
        try RuntimeProject.with(Self.slow) { project in
            let up = try BackgroundCommand(project, ["up", "-d"])
            defer { up.kill() }
            // Interrupt while the dependents wait for `slow` to turn healthy.
            let started = up.waitForOutput(timeout: 60) { $0.stderr.contains("\(project.name)-slow-1 (linux)  Started") }
            try #require(started, "slow never started: \(up.result())")
            Thread.sleep(forTimeInterval: 1)
            up.interrupt()
            let result = up.finish(timeout: 30)
            #expect(!result.timedOut && result.status == 130, "\(result)")
            if next == "down" {
                let down = try project.run(["down", "-t", "2"])
                #expect(down.status == 0, "\(down)")
                #expect(try project.leftovers().isEmpty)
            } else {
                let again = try project.run(["up", "-d"])
                #expect(again.status == 0, "\(again)")
                let running = try (project.linux.containers(project: project.name) + project.windows.containers(project: project.name))
                    .filter { $0["State"] as? String == "running" }
                #expect(running.count == 3, "\(running)")
                #expect(try project.containerIDs().keys.sorted() == ["slow", "web", "worker"])
            }
        }
    }
}

/// A `mixcompose` run in the background whose output can be watched while it runs, to be interrupted.
final class BackgroundCommand: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var stdout = Data()
    private var stderr = Data()
    private let command: [String]

    /// Starts `mixcompose -p <project> arguments` in the project's directory against the testbed.
    init(_ project: RuntimeProject, _ arguments: [String]) throws {
        let binary = try MixComposeBinary.require()
        command = ["mixcompose", "-p", project.name] + arguments
        process.executableURL = URL(fileURLWithPath: binary.path)
        process.arguments = ["-p", project.name] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: project.files.directory)
        let inherited = ProcessInfo.processInfo.environment
        process.environment = ["PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": inherited["HOME"] ?? "/tmp"]
            .merging(project.environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: false) }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, error: true) }
        try process.run()
    }

    /// Polls every 100 ms until `predicate` holds for the output so far; false after `timeout` seconds or an early exit.
    func waitForOutput(timeout: TimeInterval, _ predicate: (CommandResult) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if predicate(result()) { return true }
            if !process.isRunning { return predicate(result()) }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    /// Sends `signal`: SIGINT by default, as Ctrl-C in a terminal does.
    func interrupt(_ signal: Int32 = SIGINT) {
        if process.isRunning { Foundation.kill(process.processIdentifier, signal) }
    }

    /// Waits up to `timeout` seconds for the process to exit (killing it after that) and returns what it left.
    func finish(timeout: TimeInterval) -> CommandResult {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        let timedOut = process.isRunning
        kill()
        process.waitUntilExit()
        // Let the readability handlers deliver what was written last.
        Thread.sleep(forTimeInterval: 0.2)
        var final = result()
        final.status = process.terminationStatus
        final.timedOut = timedOut
        return final
    }

    /// Kills the process if it still runs.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// The output so far (status -1 while running).
    func result() -> CommandResult {
        lock.lock()
        defer { lock.unlock() }
        return CommandResult(
            command: command, status: -1, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self), timedOut: false)
    }

    private func append(_ data: Data, error: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if error { stderr.append(data) } else { stdout.append(data) }
    }
}
