import Foundation

/// Ctrl-C for attached `up`: the first SIGINT ends the wait (the runner then stops the project);
/// a second one kills the process, as Docker Compose does. Returns early if the task is cancelled.
enum Interrupt {
    @Sendable static func wait() async {
        signal(SIGINT, SIG_IGN)
        let (signals, continuation) = AsyncStream<Void>.makeStream()
        let source = DispatchSource.makeSignalSource(signal: SIGINT)
        source.setEventHandler { continuation.yield() }
        source.resume()
        var iterator = signals.makeAsyncIterator()
        if await iterator.next() != nil {
            printToStandardError("Gracefully stopping... (press Ctrl+C again to force)\n")
        }
        source.cancel()
        continuation.finish()
        // From here the default action applies again: a second Ctrl-C ends the process at once.
        signal(SIGINT, SIG_DFL)
    }
}
