import Foundation

/// What a finished (or killed) child process left behind.
struct CommandResult: Sendable, CustomStringConvertible {
    /// The command line, for failure messages.
    var command: [String]
    var status: Int32
    var stdout: String
    var stderr: String
    /// True when the process outlived its timeout and was killed.
    var timedOut: Bool

    /// Standard output split into lines, without empty ones.
    var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }

    /// Standard error split into lines, without empty ones.
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

    /// Lines of standard error shaped as `file:line:column: error: message`.
    var errorDiagnostics: [String] {
        stderrLines.filter { $0.range(of: #"^[^\s:][^:]*:\d+:\d+: error: "#, options: .regularExpression) != nil }
    }

    var description: String {
        let shown = command.joined(separator: " ")
        return "`\(shown)` exited \(status)\(timedOut ? " (killed after timeout)" : "")\n"
            + "--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
    }
}
