import EngineAPI
import Foundation

/// The local side of `cp`: a file or directory packed into a tar archive, and archive entries written out.
enum LocalTree {
    /// `path` (a file, directory or link, not followed) as an archive whose root entry is called `name`;
    /// entries carry the local owners, which the daemon keeps unless `copyUIDGID` gives them the container's user.
    static func pack(_ path: String, as name: String) throws(RunnerError) -> [UInt8] {
        var archive = TarArchive()
        try add(path, as: name, to: &archive)
        return archive.bytes
    }

    private static func add(_ path: String, as name: String, to archive: inout TarArchive) throws(RunnerError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw RunnerError.invalidSetting("could not stat \(path): \(String(cString: strerror(errno)))") }
        let mode = Int(info.st_mode & 0o7777)
        let modified = Int(info.st_mtim.tv_sec)
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            archive.addDirectory(name, mode: mode, modified: modified)
            let children = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for child in children.sorted() { try add(path + "/" + child, as: name + "/" + child, to: &archive) }
        case S_IFLNK:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? ""
            archive.addSymlink(name, target: target, modified: modified)
        case S_IFREG:
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw RunnerError.invalidSetting("could not read \(path)")
            }
            archive.addFile(name, contents: Array(contents), mode: mode, modified: modified, uid: Int(info.st_uid), gid: Int(info.st_gid))
        default:
            break
        }
    }

    /// Writes `entries` under the directory `directory`, the first component of each path replaced by `rename`
    /// when given (a copy to a new name); owners are kept only with `owners`.
    static func extract(_ entries: [TarEntry], into directory: String, rename: String?, owners: Bool) throws(RunnerError) {
        let manager = FileManager.default
        for entry in entries {
            var parts = entry.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            guard !parts.isEmpty, !parts.contains("..") else { continue }
            if let rename { parts[0] = rename }
            let target = directory + "/" + parts.joined(separator: "/")
            do {
                switch entry.kind {
                case .directory:
                    try manager.createDirectory(atPath: target, withIntermediateDirectories: true)
                    chmod(target, mode_t(entry.mode))
                case .file:
                    try? manager.removeItem(atPath: target)
                    guard manager.createFile(atPath: target, contents: Data(entry.contents)) else {
                        throw RunnerError.invalidSetting("could not write \(target)")
                    }
                    chmod(target, mode_t(entry.mode))
                case .symlink:
                    try? manager.removeItem(atPath: target)
                    try manager.createSymbolicLink(atPath: target, withDestinationPath: entry.linkTarget)
                case .hardlink:
                    var linked = entry.linkTarget.split(separator: "/").map(String.init)
                    if let rename, !linked.isEmpty { linked[0] = rename }
                    try? manager.removeItem(atPath: target)
                    try manager.linkItem(atPath: directory + "/" + linked.joined(separator: "/"), toPath: target)
                }
                if owners { lchown(target, uid_t(entry.uid), gid_t(entry.gid)) }
            } catch let error as RunnerError {
                throw error
            } catch {
                throw RunnerError.invalidSetting("could not write \(target): \(error)")
            }
        }
    }
}
