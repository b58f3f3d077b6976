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
import EngineAPI

/// A `ProgressSink` for a terminal, like Docker Compose's: progress is a live block on standard error,
/// redrawn in place on every event and, inside `animating`, every 100 ms; container output and
/// warnings are printed above the block, which is then drawn again below them.
package actor TTYPrinter: ProgressSink {
    private var board = ProgressBoard()
    private let origin = ContinuousClock.now
    /// Lines of the block now on screen, just above the cursor.
    private var drawn = 0
    private var tick = 0
    private var prefixWidth = 0
    private let progressPrefix: String

    /// Creates a printer; `dryRun` marks the block as not carried out (`DRY-RUN MODE - `).
    package init(dryRun: Bool = false) {
        progressPrefix = dryRun ? "DRY-RUN MODE - " : ""
    }

    /// Runs `body` while a child task keeps spinners and timers moving, then draws the final block.
    package nonisolated func animating<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            let result = try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
                group.addTask { await self.animate() }
                defer { group.cancelAll() }
                return try await body()
            }
            await redraw()
            return result
        } catch {
            await redraw()
            throw error
        }
    }

    /// Records the event and redraws the block.
    package func progress(_ event: ProgressEvent) {
        board.apply(event, at: ContinuousClock.now - origin)
        redraw()
    }

    /// Prints a prefixed output line above the block, padding prefixes to the widest seen so far.
    package func log(service: String, container: String, line: String) {
        guard !container.isEmpty else { return above(standardOutput: line + "\n") }
        prefixWidth = max(prefixWidth, container.count)
        let padding = String(repeating: " ", count: prefixWidth - container.count)
        above(standardOutput: "\(container)\(padding)  | \(line)\n")
    }

    /// Prints a warning above the block.
    package func warning(_ message: String) {
        above(standardError: "warning: \(message)\n")
    }

    /// Prints a message above the block.
    package func note(_ message: String) {
        above(standardError: message + "\n")
    }

    /// Prints a status line about container output above the block, on standard output.
    package func status(_ message: String) {
        above(standardOutput: message + "\n")
    }

    private func animate() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: .milliseconds(100)) } catch { return }
            tick += 1
            redraw()
        }
    }

    private func redraw() {
        guard !board.rows.isEmpty else { return }
        let lines = ProgressFrame.lines(
            board, now: ContinuousClock.now - origin, tick: tick, layout: Self.terminalLayout(), prefix: progressPrefix)
        write(ProgressFrame.redraw(previous: drawn, lines: lines), to: STDERR_FILENO)
        drawn = lines.count
    }

    private func above(standardOutput: String = "", standardError: String = "") {
        write(ProgressFrame.erase(previous: drawn) + standardError, to: STDERR_FILENO)
        drawn = 0
        write(standardOutput, to: STDOUT_FILENO)
        redraw()
    }

    private func write(_ text: String, to fd: CInt) {
        if !text.isEmpty { POSIXIO.writeAll(text, to: fd) }
    }

    /// The size of the terminal on standard error; 80×24 when it cannot be read.
    private static func terminalLayout() -> ProgressFrame.Layout {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else {
            return ProgressFrame.Layout()
        }
        return ProgressFrame.Layout(width: Int(size.ws_col), height: Int(size.ws_row))
    }
}
