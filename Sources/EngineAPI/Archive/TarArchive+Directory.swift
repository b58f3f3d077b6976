import Foundation

extension TarArchive {
    /// Archives the tree under `root` as a build context: regular files with their permission bits,
    /// directories and symlinks (kept as links), in name order, leaving out what `ignore` excludes.
    /// Sockets and other special files are skipped, as they cannot be sent.
    package static func directory(at root: String, ignore: DockerIgnore = DockerIgnore()) throws(ArchiveError) -> TarArchive {
        var archive = TarArchive()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ArchiveError("build context \(root) is not a directory")
        }
        try archive.walk(root: root, relative: "", ignore: ignore)
        return archive
    }

    private mutating func walk(root: String, relative: String, ignore: DockerIgnore) throws(ArchiveError) {
        let directory = relative.isEmpty ? root : root + "/" + relative
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw ArchiveError("cannot list \(directory): \(error.localizedDescription)")
        }
        for name in names {
            let path = relative.isEmpty ? name : relative + "/" + name
            try add(root: root, path: path, ignore: ignore)
        }
    }

    private mutating func add(root: String, path: String, ignore: DockerIgnore) throws(ArchiveError) {
        let full = root + "/" + path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: full)
        } catch {
            throw ArchiveError("cannot read \(full): \(error.localizedDescription)")
        }
        let type = attributes[.type] as? FileAttributeType
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o644
        let modified = (attributes[.modificationDate] as? Date).map { Int($0.timeIntervalSince1970) } ?? 0
        let excluded = ignore.excludes(path)
        switch type {
        case .typeDirectory?:
            if excluded {
                // An exception such as `!dir/keep` still needs the walk to look inside `dir`.
                if ignore.mustDescend(into: path) { try walk(root: root, relative: path, ignore: ignore) }
                return
            }
            addDirectory(path, mode: mode, modified: modified)
            try walk(root: root, relative: path, ignore: ignore)
        case .typeSymbolicLink? where !excluded:
            do {
                addSymlink(path, target: try FileManager.default.destinationOfSymbolicLink(atPath: full), modified: modified)
            } catch {
                throw ArchiveError("cannot read the link \(full): \(error.localizedDescription)")
            }
        case .typeRegular? where !excluded:
            guard let contents = FileManager.default.contents(atPath: full) else {
                throw ArchiveError("cannot read \(full)")
            }
            addFile(path, contents: Array(contents), mode: mode, modified: modified)
        default:
            return
        }
    }
}
