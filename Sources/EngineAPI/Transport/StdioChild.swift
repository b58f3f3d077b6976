import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One running dial command: the parent's ends of its stdin and stdout for a NIO pipe channel, its stderr
/// collected (the last 4 KiB, as the docker CLI keeps) so a failure can say what the program said.
// @unchecked: `process` is only kept alive here (set once, never read but for its pid); all else is in `state`.
final class StdioChild: @unchecked Sendable {
    /// How the process ended, with what it wrote to stderr.
    struct Exit: Sendable {
        var status: Int32
        var signalled: Bool
        var stderr: String
        /// True when the tunnel ended it (its connection closed): not a failure.
        var terminatedByTunnel: Bool
    }

    /// Parent end of the child's stdout (read) and stdin (write), owned by the pipe channel once taken.
    let stdout: CInt
    let stdin: CInt
    /// Completes once the process ended and its stderr closed (or shortly after the end, should a
    /// background process such as an ssh control master keep stderr open).
    let exited: EventLoopFuture<Exit>

    private let process: Process
    private let state: NIOLockedValueBox<State>
    private let promise: EventLoopPromise<Exit>
    private let eventLoop: EventLoop

    private struct State {
        var stderr: [UInt8] = []
        var stderrClosed = false
        var exit: (status: Int32, signalled: Bool)?
        var terminatedByTunnel = false
        var completed = false
    }

    private static let stderrLimit = 4096

    private init(process: Process, stdout: CInt, stdin: CInt, eventLoop: EventLoop) {
        self.process = process
        self.stdout = stdout
        self.stdin = stdin
        self.eventLoop = eventLoop
        self.state = NIOLockedValueBox(State())
        self.promise = eventLoop.makePromise(of: Exit.self)
        self.exited = promise.futureResult
    }

    /// Starts `executable arguments` with `environment`, its stdio on fresh pipes whose parent ends are
    /// close-on-exec, so no other child inherits them and each child sees EOF when its connection ends.
    static func launch(
        executable: String, arguments: [String], environment: [String: String], eventLoop: EventLoop
    ) throws -> StdioChild {
        let input = try pipe()
        let output = try pipe()
        let errors = try pipe()
        let childEnds = [input.read, output.write, errors.write]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle(fileDescriptor: input.read, closeOnDealloc: false)
        process.standardOutput = FileHandle(fileDescriptor: output.write, closeOnDealloc: false)
        process.standardError = FileHandle(fileDescriptor: errors.write, closeOnDealloc: false)
        let child = StdioChild(process: process, stdout: output.read, stdin: input.write, eventLoop: eventLoop)
        process.terminationHandler = { process in
            child.ended(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal)
        }
        do {
            try process.run()
        } catch {
            for fd in childEnds + [input.write, output.read, errors.read] { close(fd) }
            throw error
        }
        for fd in childEnds { close(fd) }
        let collector = NIOLoopBound(StderrCollector(child: child), eventLoop: eventLoop)
        NIOPipeBootstrap(group: eventLoop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(collector.value) }
            }
            .takingOwnershipOfDescriptor(input: errors.read)
            .whenFailure { _ in
                close(errors.read)
                child.stderrClosed()
            }
        return child
    }

    /// Ends the process (SIGTERM, SIGKILL 3 s later if it lingers), as the docker CLI does when a connection closes.
    func terminate() {
        let running = state.withLockedValue { state -> Bool in
            guard state.exit == nil else { return false }
            state.terminatedByTunnel = true
            return true
        }
        guard running else { return }
        let pid = process.processIdentifier
        kill(pid, SIGTERM)
        eventLoop.scheduleTask(in: .seconds(3)) { [self] in
            if state.withLockedValue({ $0.exit == nil }) { kill(pid, SIGKILL) }
        }
    }

    /// Keeps the tail of what the process wrote to stderr.
    func appendStderr(_ bytes: ByteBuffer) {
        state.withLockedValue { state in
            state.stderr.append(contentsOf: bytes.readableBytesView)
            if state.stderr.count > Self.stderrLimit { state.stderr.removeFirst(state.stderr.count - Self.stderrLimit) }
        }
    }

    /// Stderr reached EOF.
    func stderrClosed() {
        state.withLockedValue { $0.stderrClosed = true }
        completeIfDone()
    }

    private func ended(status: Int32, signalled: Bool) {
        state.withLockedValue { $0.exit = (status, signalled) }
        completeIfDone()
        // A background process may hold stderr open for long; what arrived within a moment is enough.
        eventLoop.scheduleTask(in: .milliseconds(500)) { [self] in
            state.withLockedValue { $0.stderrClosed = true }
            completeIfDone()
        }
    }

    private func completeIfDone() {
        let exit = state.withLockedValue { state -> Exit? in
            guard !state.completed, state.stderrClosed, let exit = state.exit else { return nil }
            state.completed = true
            let text = String(decoding: state.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return Exit(status: exit.status, signalled: exit.signalled, stderr: text, terminatedByTunnel: state.terminatedByTunnel)
        }
        if let exit { promise.succeed(exit) }
    }

    private static func pipe() throws -> (read: CInt, write: CInt) {
        var fds: [CInt] = [-1, -1]
        guard Foundation.pipe(&fds) == 0 else { throw IOError(errnoCode: errno, reason: "pipe") }
        // Close-on-exec keeps the parent's ends out of every later child. (Foundation's Process also closes
        // all other descriptors in the child; this does not rely on it.)
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }
}
