/// Where `watch` learns which host files changed: the kernel's inotify in production (`InotifyWatcher`),
/// a fake in tests.
package protocol FileChanges: Sendable {
    /// The absolute paths that change at or below `roots` (files, directories, deletions), one element per
    /// kernel event, until the consumer stops iterating (which releases the watches).
    func changes(below roots: [String]) throws(WatchError) -> AsyncThrowingStream<String, any Error>
}
