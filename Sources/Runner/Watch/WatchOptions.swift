/// Options of `watch` (and of the watching half of `up --watch`).
package struct WatchOptions: Sendable {
    /// What `rebuild` rules bring up again (pull policy, timeouts); its services are set per rebuild.
    package var up = UpOptions()
    /// Remove the image a `rebuild` replaced (`--prune`, on by default as in Compose).
    package var prune = true
    /// Prefix each message with Compose's watch marker (`⦿`), as `up --watch` prints them among logs.
    package var marked = false
    /// Where changes come from.
    package var changes: any FileChanges = InotifyWatcher()
    /// Told which services a `rebuild` recreated and when it began (Unix seconds), for `up --watch` to
    /// show their new containers' output.
    package var rebuilt: (@Sendable (_ services: [String], _ since: Double) async -> Void)?
    /// How long changes must pause before a batch is handled.
    package var quietPeriod = WatchDebouncer.composeQuietPeriod

    /// Options with defaults.
    package init() {}
}
