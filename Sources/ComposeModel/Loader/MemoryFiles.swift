/// An in-memory file system for `FileAccess.memory`: regular files by absolute path; every parent of a
/// file is a directory.
package struct MemoryFiles: Sendable {
    /// File contents by absolute path.
    package let files: [String: [UInt8]]
    /// Every ancestor directory of a file, `/` included.
    let directories: Set<String>

    /// A file system holding `files` (absolute, normalised paths).
    package init(_ files: [String: [UInt8]]) {
        self.files = files
        var directories: Set<String> = ["/"]
        for path in files.keys {
            var directory = Paths.directory(path)
            while directories.insert(directory).inserted, directory != "/" {
                directory = Paths.directory(directory)
            }
        }
        self.directories = directories
    }
}
