/// A local image as `images` shows it: identity, platform, size and times, from `GET /images/{name}/json`.
package struct ImageDetails: Sendable, Hashable {
    /// `sha256:…`.
    package var id: String
    package var os: String
    package var architecture: String
    package var variant: String
    /// Bytes.
    package var size: Int64
    /// RFC 3339 times as the daemon gives them; `lastTagTime` is Go's zero time for an image never tagged locally.
    package var created: String
    package var lastTagTime: String

    /// Creates a record.
    package init(
        id: String, os: String = "linux", architecture: String = "amd64", variant: String = "", size: Int64 = 0,
        created: String = "", lastTagTime: String = ""
    ) {
        self.id = id
        self.os = os
        self.architecture = architecture
        self.variant = variant
        self.size = size
        self.created = created
        self.lastTagTime = lastTagTime
    }

    /// `os/arch[/variant]` as containerd's `platforms.Format` writes it; `unknown` without an OS.
    package var platform: String {
        guard !os.isEmpty else { return "unknown" }
        return [os, architecture, variant].filter { !$0.isEmpty }.joined(separator: "/")
    }

    /// The time `images --format json` reports: the last tag time, or the build time for an image never tagged locally.
    package var tagTime: String {
        lastTagTime.isEmpty || lastTagTime.hasPrefix("0001-01-01") ? created : lastTagTime
    }
}
