/// What a command run inside a container ended with: its exit code and output lines (stdout and stderr).
package struct ProbeOutcome: Sendable, Hashable {
    package var exitCode: Int
    package var output: [String]

    /// Creates an outcome.
    package init(exitCode: Int, output: [String] = []) {
        self.exitCode = exitCode
        self.output = output
    }
}
