import Foundation

/// A `mixcompose` run in the background whose output can be watched while it runs, to be interrupted.
final class BackgroundCommand: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var stdout = Data()
    private var stderr = Data()
    private let command: [String]

    /// Starts `mixcompose -p <project> arguments` in the project's directory against the testbed.
    convenience init(_ project: RuntimeProject, _ arguments: [String]) throws {
        let binary = try MixComposeBinary.require()
        let inherited = ProcessInfo.processInfo.environment
        let environment = ["PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": inherited["HOME"] ?? "/tmp"]
            .merging(project.environment) { _, new in new }
        try self.init(
            executable: binary.path, ["-p", project.name] + arguments, named: "mixcompose", in: project.files.directory,
            environment: environment)
    }

    /// Starts `executable arguments` (shown as `name` in results) in `directory` with only `environment`.
    init(executable: String, _ arguments: [String], named name: String, in directory: String, environment: [String: String]) throws {
        command = [name] + arguments
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
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
