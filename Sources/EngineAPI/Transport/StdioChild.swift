#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
// @unchecked: `pid` is written once in `launch` before the child is shared; all else is in `state`.
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

    /// Set once, right after the spawn, before anything else sees the child.
    private var pid: pid_t = 0
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

    private init(stdout: CInt, stdin: CInt, eventLoop: EventLoop) {
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
        let (child, errorsRead) = try SessionSpawn.lock.withLock { () throws -> (StdioChild, CInt) in
            let input = try SessionSpawn.cloexecPipe()
            let output = try SessionSpawn.cloexecPipe()
            let errors = try SessionSpawn.cloexecPipe()
            let childEnds = [input.read, output.write, errors.write]
            let child = StdioChild(stdout: output.read, stdin: input.write, eventLoop: eventLoop)
            do {
                child.pid = try SessionSpawn.spawn(
                    executable: executable, arguments: arguments, environment: environment,
                    stdio: (input.read, output.write, errors.write), ended: { child.ended(status: $0, signalled: $1) })
            } catch {
                for fd in childEnds + [input.write, output.read, errors.read] { close(fd) }
                throw error
            }
            for fd in childEnds { close(fd) }
            return (child, errors.read)
        }
        let collector = NIOLoopBound(StderrCollector(child: child), eventLoop: eventLoop)
        NIOPipeBootstrap(group: eventLoop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(collector.value) }
            }
            .takingOwnershipOfDescriptor(input: errorsRead)
            .whenFailure { _ in
                close(errorsRead)
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
        let pid = self.pid
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
            let text = String(decoding: state.stderr, as: UTF8.self).trimmingWhitespace()
            return Exit(status: exit.status, signalled: exit.signalled, stderr: text, terminatedByTunnel: state.terminatedByTunnel)
        }
        if let exit { promise.succeed(exit) }
    }
}
