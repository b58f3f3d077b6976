/// A scalar that could not be read as the value its field expects; the message matches Docker Compose's text.
package struct ValueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problem, worded as Compose words it (for example `time: invalid duration "x"`).
    package var message: String

    /// Creates an error carrying `message`.
    package init(_ message: String) {
        self.message = message
    }

    package var description: String { message }
}
