#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What `HEAD /containers/{id}/archive` says of a path in a container (`X-Docker-Container-Path-Stat`).
package struct PathStat: Codable, Sendable, Hashable {
    package var name: String
    package var size: Int64
    /// Go's `os.FileMode`: permission bits plus type bits (`isDirectory`, `isSymlink`).
    package var mode: UInt32
    package var linkTarget: String

    /// Creates a stat.
    package init(name: String, size: Int64 = 0, mode: UInt32 = 0o644, linkTarget: String = "") {
        self.name = name
        self.size = size
        self.mode = mode
        self.linkTarget = linkTarget
    }

    /// True for a directory (`os.ModeDir`).
    package var isDirectory: Bool { mode & (1 << 31) != 0 }
    /// True for a symbolic link (`os.ModeSymlink`).
    package var isSymlink: Bool { mode & (1 << 27) != 0 }

    /// Decodes the header's base64 JSON; nil when it is not one.
    init?(header: String) {
        guard let data = Data(base64Encoded: header), let stat = try? JSONDecoder().decode(Self.self, from: data) else { return nil }
        self = stat
    }
}
