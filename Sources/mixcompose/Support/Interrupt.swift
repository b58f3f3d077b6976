import ArgumentParser
import Foundation

/// Ctrl-C for daemon-facing commands, as Docker Compose handles it: the first SIGINT says
/// `Gracefully stopping...` and either cancels the command's work (`cancel`) or is passed to the
/// command through `interrupted` (`notify`: attached `up` then stops the project); the command then
/// exits 130. A second SIGINT ends the process at once.
enum Interrupt {
    /// What the first Ctrl-C does to the running command.
    enum Handling: Sendable { case cancel, notify }

    private enum Outcome<Value: Sendable>: Sendable {
        case finished(Value), interrupted, quiet
    }

    /// Runs `body` with Ctrl-C handled as `handling` says, announcing it through `say`. `body` gets the
    /// wait that returns on the first Ctrl-C (or when its task is cancelled). Throws `ExitCode(130)`
    /// once interrupted, whatever `body` did.
    static func guarding<Value: Sendable>(
        _ handling: Handling, say: @escaping @Sendable (String) async -> Void,
        _ body: @escaping @Sendable (_ interrupted: @escaping @Sendable () async -> Void) async throws -> Value
    ) async throws -> Value {
        signal(SIGINT, SIG_IGN)
        let (signals, received) = AsyncStream<Void>.makeStream()
        let (forwarded, forward) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let source = DispatchSource.makeSignalSource(signal: SIGINT)
        source.setEventHandler { received.yield() }
        source.resume()
        defer {
            source.cancel()
            received.finish()
            signal(SIGINT, SIG_DFL)
        }
        let interrupted: @Sendable () async -> Void = {
            var iterator = forwarded.makeAsyncIterator()
            _ = await iterator.next()
        }
        var wasInterrupted = false
        var value: Value?
        do {
            try await withThrowingTaskGroup(of: Outcome<Value>.self) { group in
                group.addTask { .finished(try await body(interrupted)) }
                group.addTask {
                    var iterator = signals.makeAsyncIterator()
                    guard await iterator.next() != nil else { return .quiet }
                    // From here the default action applies again: a second Ctrl-C ends the process.
                    signal(SIGINT, SIG_DFL)
                    await say("Gracefully stopping... (press Ctrl+C again to force)")
                    forward.yield()
                    return .interrupted
                }
                while let outcome = try await group.next() {
                    switch outcome {
                    case .finished(let result):
                        value = result
                        group.cancelAll()
                    case .interrupted:
                        wasInterrupted = true
                        if handling == .cancel { group.cancelAll() }
                    case .quiet:
                        break
                    }
                }
            }
        } catch {
            // A cancelled operation fails in its own way; the interrupt is what the user should see.
            if wasInterrupted { throw ExitCode(130) }
            throw error
        }
        guard !wasInterrupted, let value else { throw ExitCode(130) }
        return value
    }
}
