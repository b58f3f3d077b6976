import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one sync sends to each container of a service, as Docker Compose's tar syncer prepares it: the
/// host paths that still exist, as tar archives (directories whole, each entry with the host file's mode,
/// owner and time; the last mapping of a name wins), and the container paths of those that are gone.
package struct SyncArchive: Sendable {
    /// An archive and the container directory it is extracted at.
    package struct Part: Sendable {
        package var root: String
        package var archive: TarArchive
    }

    package private(set) var parts: [Part] = []
    /// Container paths to remove, in the target's form.
    package private(set) var removed: [String] = []

    /// The archive of `mappings` (host path → container path) for containers that `target` describes.
    package init(_ mappings: [(host: String, container: String)], target: WatchTarget) {
        var entries: [String: [(name: String, host: String)]] = [:]
        var order: [String] = []
        for mapping in mappings {
            guard FileManager.default.fileExists(atPath: mapping.host) || Self.isSymlink(mapping.host) else {
                removed.append(mapping.container)
                continue
            }
            let (root, name) = target.placement(of: mapping.container)
            if entries[root] == nil { order.append(root) }
            entries[root, default: []] += Self.walk(mapping.host, as: name)
        }
        for root in order {
            var archive = TarArchive()
            var last: [String: Int] = [:]
            let list = entries[root] ?? []
            for (index, entry) in list.enumerated() { last[entry.name] = index }
            for (index, entry) in list.enumerated() where last[entry.name] == index { Self.add(entry.host, as: entry.name, to: &archive) }
            parts.append(Part(root: root, archive: archive))
        }
    }

    /// `host` (and, for a directory, everything below it) named from `name` down.
    private static func walk(_ host: String, as name: String) -> [(name: String, host: String)] {
        var result = [(name: name, host: host)]
        guard !isSymlink(host), let below = try? FileManager.default.subpathsOfDirectory(atPath: host) else { return result }
        for relative in below {
            result.append((name: name.isEmpty ? relative : name + "/" + relative, host: host + "/" + relative))
        }
        return result
    }

    private static func isSymlink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    /// Adds one entry as the host has it; a file gone since, a socket or a device is left out, as Compose does.
    private static func add(_ host: String, as name: String, to archive: inout TarArchive) {
        var status = stat()
        guard !name.isEmpty, lstat(host, &status) == 0 else { return }
        let mode = Int(status.st_mode & 0o7777)
        let modified = Int(status.st_mtim.tv_sec)
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            archive.addDirectory(name, mode: mode, modified: modified, uid: Int(status.st_uid), gid: Int(status.st_gid))
        case S_IFLNK:
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: host) {
                archive.addSymlink(name, target: target, modified: modified)
            }
        case S_IFREG:
            guard let contents = FileManager.default.contents(atPath: host) else { return }
            archive.addFile(name, contents: Array(contents), mode: mode, modified: modified, uid: Int(status.st_uid), gid: Int(status.st_gid))
        default:
            return
        }
    }
}
