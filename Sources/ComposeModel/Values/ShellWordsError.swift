/// A `command`/`entrypoint` string that go-shellwords rejects (unclosed quote, trailing backslash, stray `(`).
package struct ShellWordsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// go-shellwords' only message.
    package var message = "invalid command line string"

    /// Creates the error.
    package init() {}

    package var description: String { message }
}
