import Foundation

/// A temporary directory for archive tests, removed by `remove()`; writes files and runs `/bin/tar` in it.
struct ArchiveScratch {
    let root: String

    /// A fresh empty directory under the system's temporary directory.
    init() throws {
        root = NSTemporaryDirectory() + "tar-test-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// Writes `text` at `path` (relative), creating parent directories, with permission bits `mode`.
    func write(_ path: String, _ text: String, mode: Int = 0o644) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: full)
    }

    /// Makes a sparse file of `size` bytes at `path` (relative): it reads as zeros and takes no disk.
    func sparse(_ path: String, size: Int) throws {
        guard FileManager.default.createFile(atPath: root + "/" + path, contents: nil),
            truncate(root + "/" + path, off_t(size)) == 0
        else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Extracts `archive` with `/bin/tar` into `directory` (relative) and returns tar's exit status.
    func extract(_ archive: [UInt8], into directory: String) throws -> Int32 {
        let file = root + "/\(directory).tar"
        try Data(archive).write(to: URL(fileURLWithPath: file))
        try FileManager.default.createDirectory(atPath: root + "/" + directory, withIntermediateDirectories: true)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/bin/tar")
        tar.arguments = ["-xf", file, "-C", root + "/" + directory]
        try tar.run()
        tar.waitUntilExit()
        return tar.terminationStatus
    }

    /// Every path under `directory` (relative to it), directories with a trailing `/`, sorted.
    func listing(_ directory: String) throws -> [String] {
        let base = root + "/" + directory
        let paths = FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? []
        return try paths.map { path in
            let type = try FileManager.default.attributesOfItem(atPath: base + "/" + path)[.type] as? FileAttributeType
            return type == .typeDirectory ? path + "/" : path
        }.sorted()
    }

    /// The text of a file (relative).
    func read(_ path: String) throws -> String {
        try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    /// Deletes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
