import Foundation

/// Runs a child process to completion with a deadline, capturing both output streams, so that
/// no test can hang on a stuck command.
enum ProcessRunner {
    /// Grace between SIGTERM and SIGKILL once the deadline has passed.
    static let killGrace: TimeInterval = 3

    /// Runs `executable` with `arguments`, its standard input `input` through a pipe (or empty); a
    /// process still running after `timeout` seconds is killed.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        directory: String? = nil, timeout: TimeInterval = 60, input: String? = nil
    ) -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = input.map { _ in Pipe() }
        process.standardInput = stdin ?? FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        let command = [executable] + arguments
        do {
            try process.run()
        } catch {
            return CommandResult(command: command, status: -1, stdout: "", stderr: "cannot start: \(error)", timedOut: false)
        }
        if let stdin, let input {
            // Written from another thread: a child that never reads must not block the test on a full pipe.
            Thread.detachNewThread {
                try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
                try? stdin.fileHandleForWriting.close()
            }
        }
        // Both pipes are drained concurrently: a child filling one pipe must not block on it.
        let stdout = PipeReader(out.fileHandleForReading)
        let stderr = PipeReader(err.fileHandleForReading)
        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGTERM)
            if exited.wait(timeout: .now() + killGrace) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
            }
        }
        process.waitUntilExit()
        return CommandResult(
            command: command, status: process.terminationStatus, stdout: stdout.text(), stderr: stderr.text(),
            timedOut: timedOut)
    }

    /// The first executable named `name` on `PATH`, or nil.
    static func which(_ name: String, preferring preferred: [String] = []) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = preferred + path.split(separator: ":").map { "\($0)/\(name)" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Reads a pipe to its end on a background thread.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything read, once the writer has closed its end (at the latest a few seconds after the child died).
    func text() -> String {
        // A grandchild holding the pipe open must not hang the test either.
        guard done.wait(timeout: .now() + 5) == .success else { return "<output pipe still open>" }
        return String(decoding: data, as: UTF8.self)
    }
}
