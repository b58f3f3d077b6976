import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Ctrl-C and the termination signals for daemon-facing commands, as Docker Compose handles them:
/// the first SIGINT, SIGTERM or SIGHUP (what systemd, CI runners and `timeout` send) says
/// `Gracefully stopping...` and either cancels the command's work (`cancel`) or is passed to the
/// command through `interrupted` (`notify`: attached `up` then stops the project); the command then
/// exits 128 + the signal's number (130 for Ctrl-C). A second signal ends the process at once.
enum Interrupt {
    /// What the first Ctrl-C does to the running command.
    enum Handling: Sendable { case cancel, notify }

    private enum Outcome<Value: Sendable>: Sendable {
        case finished(Value), interrupted(Int32), quiet
    }

    /// The signals handled: Ctrl-C and the ones a supervisor sends to end a process.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Runs `body` with Ctrl-C handled as `handling` says, announcing it through `say`. `body` gets the
    /// wait that returns on the first signal (or when its task is cancelled). Throws `ExitCode(128 + signal)`
    /// once interrupted, whatever `body` did.
    static func guarding<Value: Sendable>(
        _ handling: Handling, say: @escaping @Sendable (String) async -> Void,
        _ body: @escaping @Sendable (_ interrupted: @escaping @Sendable () async -> Void) async throws -> Value
    ) async throws -> Value {
        let (arrivals, received) = AsyncStream<Int32>.makeStream()
        let (forwarded, forward) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let sources = Self.signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler { received.yield(number) }
            source.resume()
            return source
        }
        defer {
            sources.forEach { $0.cancel() }
            received.finish()
            Self.signals.forEach { signal($0, SIG_DFL) }
        }
        let interrupted: @Sendable () async -> Void = {
            var iterator = forwarded.makeAsyncIterator()
            _ = await iterator.next()
        }
        var signalled: Int32?
        var value: Value?
        do {
            try await withThrowingTaskGroup(of: Outcome<Value>.self) { group in
                group.addTask { .finished(try await body(interrupted)) }
                group.addTask {
                    var iterator = arrivals.makeAsyncIterator()
                    guard let number = await iterator.next() else { return .quiet }
                    // From here the default actions apply again: a second signal of any of them ends the process.
                    Self.signals.forEach { signal($0, SIG_DFL) }
                    await say("Gracefully stopping... (press Ctrl+C again to force)")
                    forward.yield()
                    return .interrupted(number)
                }
                while let outcome = try await group.next() {
                    switch outcome {
                    case .finished(let result):
                        value = result
                        group.cancelAll()
                    case .interrupted(let number):
                        signalled = number
                        if handling == .cancel { group.cancelAll() }
                    case .quiet:
                        break
                    }
                }
            }
        } catch {
            // A cancelled operation fails in its own way; the interrupt is what the user should see.
            if let signalled { throw ExitCode(128 + signalled) }
            throw error
        }
        if let signalled { throw ExitCode(128 + signalled) }
        guard let value else { throw ExitCode(130) }
        return value
    }
}
