/// Why `watch` cannot start or go on; the messages are Docker Compose's where it has one.
package enum WatchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A rule Compose refuses (unknown action, `rebuild` without `build:`, a bad pattern).
    case invalid(String)
    /// No selected service has a `develop.watch` rule (`up`: as `up --watch` says it).
    case nothingToWatch(up: Bool)
    /// The kernel's file watching failed (`inotify_init1`, `inotify_add_watch`, `read`).
    case watcher(String)

    package var description: String {
        switch self {
        case .invalid(let message): message
        case .nothingToWatch(let up):
            up
                ? "none of the selected services is configured for watch, see https://docs.docker.com/compose/how-tos/file-watch/"
                : "none of the selected services is configured for watch, consider setting a 'develop' section"
        case .watcher(let message): "file watching failed: \(message)"
        }
    }
}
