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
import EngineAPI
import Runner

/// The process's own terminal for an attached `exec`: stdin's bytes as a stream, raw mode while a TTY
/// session runs, and the window's size now and after each SIGWINCH.
enum Terminal {
    /// Whether `descriptor` (0, 1, 2) is a terminal.
    /// The I/O of an attached process (`exec`, `run`): stdin unless detached, output to stdout and stderr,
    /// and the window's sizes for a TTY.
    static func processIO(detached: Bool, tty: Bool) -> ExecIO {
        ExecIO(
            input: detached ? nil : input(),
            output: { chunk in write(chunk.bytes, to: chunk.stream == .stderr ? 2 : 1) },
            sizes: tty ? sizes() : nil)
    }

    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Standard input's bytes as they are read, ending at end of file. A thread blocks in `read`, so the
    /// stream must be read for the rest of the process; it is not restartable.
    static func input() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        POSIXIO.detach {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(0, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                continuation.yield(Array(buffer[0..<count]))
            }
            continuation.finish()
        }
        return stream
    }

    /// Writes `bytes` to `descriptor` in full.
    static func write(_ bytes: [UInt8], to descriptor: Int32) {
        POSIXIO.writeAll(bytes, to: descriptor)
    }

    /// The size of the terminal on `descriptor` (rows, columns), nil when it is none.
    static func size(of descriptor: Int32 = 1) -> (rows: Int, columns: Int)? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_row), Int(size.ws_col))
    }

    /// The window's size now, then after every SIGWINCH, until the process ends.
    static func sizes() -> AsyncStream<(rows: Int, columns: Int)> {
        let (stream, continuation) = AsyncStream<(rows: Int, columns: Int)>.makeStream(bufferingPolicy: .bufferingNewest(1))
        if let now = size() { continuation.yield(now) }
        signal(SIGWINCH, SIG_IGN)
        // Used from the stream's termination handler only, to cancel it once.
        nonisolated(unsafe) let source = DispatchSource.makeSignalSource(signal: SIGWINCH)
        source.setEventHandler { if let now = size() { continuation.yield(now) } }
        source.resume()
        continuation.onTermination = { _ in source.cancel() }
        return stream
    }

    /// Runs `body` with standard input in raw mode (no echo, no line editing, no signals from keys: a
    /// Ctrl-C goes to the container), restoring the previous mode afterwards, whatever happens.
    static func withRawInput<Result>(_ body: () async throws -> Result) async rethrows -> Result {
        var saved = termios()
        guard tcgetattr(0, &saved) == 0 else { return try await body() }
        var raw = saved
        cfmakeraw(&raw)
        tcsetattr(0, TCSANOW, &raw)
        defer { tcsetattr(0, TCSANOW, &saved) }
        return try await body()
    }
}
