#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import EngineAPI

/// The hosts file of a Windows-role container, with a line for each peer on the other daemon:
/// Windows ignores `extra_hosts` (moby/moby#41165), so mixcompose writes the file itself before the
/// container starts, keeping what the image's own file holds.
package struct HostsFile: Sendable, Hashable, Encodable {
    /// Where the file lives below `root`, `/`-separated.
    package static let path = "Windows/System32/drivers/etc/hosts"
    /// The lines mixcompose owns sit between these, so a restart replaces them instead of adding more.
    static let begin = "# mixcompose: peers on the other daemon"
    static let end = "# mixcompose: end"

    /// `C:\` in a Windows container; `/` on the Linux stand-in, so tests read what Windows would get.
    package var root: String
    /// `name:address` entries, as the plan's hosts injection gives them.
    package var entries: [String]

    /// A hosts file under `root` with `entries`.
    package init(root: String, entries: [String]) {
        self.root = root
        self.entries = entries
    }

    /// The file's absolute path, as the archive endpoint takes it.
    package var absolutePath: String {
        root == "/" ? "/" + Self.path : root + Self.path.replacing("/", with: #"\"#)
    }

    /// `existing` (the image's file, or what an earlier start left) without mixcompose's previous
    /// lines, then the current ones; line endings follow the file's own (CRLF in Windows images).
    package func merged(into existing: String) -> String {
        let newline = existing.contains("\r\n") || (existing.isEmpty && root != "/") ? "\r\n" : "\n"
        var kept: [Substring] = []
        var inBlock = false
        for line in existing.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line == Self.begin { inBlock = true } else if line == Self.end { inBlock = false } else if !inBlock { kept.append(line) }
        }
        while kept.last?.isEmpty == true { kept.removeLast() }
        var lines = kept.map(String.init)
        lines.append(Self.begin)
        for entry in entries {
            guard let colon = entry.firstIndex(of: ":") else { continue }
            lines.append("\(entry[entry.index(after: colon)...])\t\(entry[..<colon])")
        }
        lines.append(Self.end)
        return lines.joined(separator: newline) + newline
    }

    /// The one-entry archive that writes `contents` at `path` below `root`.
    package func archive(_ contents: String, modified: Int) -> [UInt8] {
        var archive = TarArchive()
        archive.addFile(Self.path, contents: Array(contents.utf8), mode: 0o644, modified: modified)
        return archive.bytes
    }
}
