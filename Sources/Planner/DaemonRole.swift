/// Which of the project's two daemons runs a service; also names a container OS.
package enum DaemonRole: String, Sendable, Hashable, CaseIterable, Comparable {
    case linux, windows

    /// Reads `linux`/`windows` in any case; nil for anything else.
    package init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    /// The OS part of a `platform:` value (`windows/amd64` → windows); nil for other systems.
    package init?(platform: String) {
        let os = platform.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        self.init(name: String(os))
    }

    /// The other daemon.
    package var other: DaemonRole { self == .linux ? .windows : .linux }

    package static func < (lhs: DaemonRole, rhs: DaemonRole) -> Bool { lhs.rawValue < rhs.rawValue }
}
