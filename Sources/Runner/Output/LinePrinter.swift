import Foundation

/// A `ProgressSink` writing plain lines: progress and warnings to standard error, container output to
/// standard output as `service  | line`.
package actor LinePrinter: ProgressSink {
    private var prefixWidth = 0

    /// Creates a printer.
    package init() {}

    /// Prints a progress line.
    package func progress(_ event: ProgressEvent) {
        FileHandle.standardError.write(Data((event.description + "\n").utf8))
    }

    /// Prints a prefixed output line, padding prefixes to the widest seen so far.
    package func log(service: String, container: String, line: String) {
        prefixWidth = max(prefixWidth, container.count)
        let padding = String(repeating: " ", count: prefixWidth - container.count)
        FileHandle.standardOutput.write(Data("\(container)\(padding)  | \(line)\n".utf8))
    }

    /// Prints a warning.
    package func warning(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }
}
