/// A build context that cannot be archived: an unreadable file, a bad `.dockerignore` pattern.
package struct ArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
    package var description: String

    /// An error with a lower-case message.
    package init(_ description: String) {
        self.description = description
    }
}
