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

/// The loader's only file-system access: reading compose and env files and probing for them.
///
/// Inside `FileAccess.$memory.withValue(files) { … }` every probe and read goes to `files` instead of the
/// disk (the fuzz target and tests load whole projects, includes and `extends` files without touching it).
package enum FileAccess {
    /// The in-memory file system this task reads instead of the disk, if any.
    @TaskLocal package static var memory: MemoryFiles?

    /// The bytes of `path`, or nil when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        if let memory { return memory.files[path] }
        if let data = FileManager.default.contents(atPath: path) { return [UInt8](data) }
        // A pipe behind a path (`-f /dev/stdin`, `<(…)`) has no size to read up to: read it to its end.
        guard !isDirectory(path), let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while case let count = fread(&chunk, 1, chunk.count, file), count > 0 { bytes += chunk[..<count] }
        return ferror(file) == 0 ? bytes : nil
    }

    /// True when `path` names an existing regular file (or a link to one).
    static func isFile(_ path: String) -> Bool {
        if let memory { return memory.files[path] != nil }
        var isDirectory = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory
    }

    /// True when `path` names an existing directory.
    static func isDirectory(_ path: String) -> Bool {
        if let memory { return memory.directories.contains(path) }
        var isDirectory = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory
    }

    /// True when anything exists at `path`.
    static func exists(_ path: String) -> Bool {
        if let memory { return memory.files[path] != nil || memory.directories.contains(path) }
        return FileManager.default.fileExists(atPath: path)
    }
}
