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

/// A `ProgressSink` writing plain lines: progress and warnings to standard error, container output to
/// standard output as `web-1  | line`.
package actor LinePrinter: ProgressSink {
    private var prefixWidth = 0
    /// Printed before every progress line (`DRY-RUN MODE - ` for `--dry-run`, as Docker Compose does).
    private let progressPrefix: String
    /// Prints no progress lines (`-q` of `build`, `pull`, `push`).
    private let quiet: Bool

    /// Creates a printer; `dryRun` marks every progress line as not carried out, `quiet` leaves them out.
    package init(dryRun: Bool = false, quiet: Bool = false) {
        progressPrefix = dryRun ? "DRY-RUN MODE - " : ""
        self.quiet = quiet
    }

    /// Prints a progress line.
    package func progress(_ event: ProgressEvent) {
        if quiet { return }
        POSIXIO.writeAll((progressPrefix + event.description + "\n"), to: STDERR_FILENO)
    }

    /// Prints a prefixed output line, padding prefixes to the widest seen so far.
    package func log(service: String, container: String, line: String) {
        guard !container.isEmpty else { return POSIXIO.writeAll((line + "\n"), to: STDOUT_FILENO) }
        prefixWidth = max(prefixWidth, container.count)
        let padding = String(repeating: " ", count: prefixWidth - container.count)
        POSIXIO.writeAll("\(container)\(padding)  | \(line)\n", to: STDOUT_FILENO)
    }

    /// Prints a warning.
    package func warning(_ message: String) {
        POSIXIO.writeAll("warning: \(message)\n", to: STDERR_FILENO)
    }
}
