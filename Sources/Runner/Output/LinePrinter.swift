import Foundation

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
        FileHandle.standardError.write(Data((progressPrefix + event.description + "\n").utf8))
    }

    /// Prints a prefixed output line, padding prefixes to the widest seen so far.
    package func log(service: String, container: String, line: String) {
        guard !container.isEmpty else { return FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        prefixWidth = max(prefixWidth, container.count)
        let padding = String(repeating: " ", count: prefixWidth - container.count)
        FileHandle.standardOutput.write(Data("\(container)\(padding)  | \(line)\n".utf8))
    }

    /// Prints a warning.
    package func warning(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }
}
