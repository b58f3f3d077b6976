/// A `.env` / `env_file` syntax or interpolation problem at a 1-based line.
///
/// `description` is Compose's text; the loader prefixes it with `failed to read <file>: ` (dotenv format)
/// or `failed to parse env_file <file>: ` (raw format) as Compose does.
package struct DotEnvError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line Compose reports (syntax errors) or where the statement starts (other errors).
    package var line: Int
    /// The problem without the `line N: ` prefix, e.g. `key cannot contain a space`.
    package var message: String
    /// Whether Compose shows the line: true for dotenv syntax errors, false for interpolation errors and
    /// for the raw format.
    package var showsLine: Bool

    /// Creates an error.
    package init(line: Int, message: String, showsLine: Bool = true) {
        self.line = line
        self.message = message
        self.showsLine = showsLine
    }

    package var description: String {
        showsLine ? "line \(line): \(message)" : message
    }
}
