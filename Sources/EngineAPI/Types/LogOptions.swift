/// What `GET /containers/{id}/logs` should return.
package struct LogOptions: Sendable, Hashable {
    /// Keep the stream open for new output.
    package var follow = false
    /// Only the last `tail` lines (nil: all).
    package var tail: Int?
    /// Prefix each line with an RFC 3339 timestamp.
    package var timestamps = false
    package var stdout = true
    package var stderr = true
    /// Unix seconds, with an optional fraction (`1733443200.5`), to start from; the daemon takes nothing else.
    package var since: String?
    /// Unix seconds, with an optional fraction, to end at.
    package var until: String?

    /// Options with the defaults: stdout and stderr, everything, no follow.
    package init(
        follow: Bool = false, tail: Int? = nil, timestamps: Bool = false, stdout: Bool = true, stderr: Bool = true,
        since: String? = nil, until: String? = nil
    ) {
        self.follow = follow
        self.tail = tail
        self.timestamps = timestamps
        self.stdout = stdout
        self.stderr = stderr
        self.since = since
        self.until = until
    }
}

/// What `POST /containers/{id}/wait` waits for.
package enum WaitCondition: String, Sendable {
    /// Returns at once if the container is not running.
    case notRunning = "not-running"
    /// Waits for the next exit, even if it already stopped; issue before start so a fast exit is not missed.
    case nextExit = "next-exit"
    /// Waits until the container is removed.
    case removed
}
