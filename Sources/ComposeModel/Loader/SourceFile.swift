import YAML

/// One compose file read and parsed: its path (absolute, or `-`), the name marks carry, and
/// its YAML documents.
struct SourceFile {
    var path: String
    var documents: [Node]

    /// The directory relative paths inside the file are measured from.
    func directory(cwd: String) -> String {
        path == "-" ? cwd : Paths.directory(path)
    }

    /// Reads and parses `path`; nil after reporting a problem.
    static func load(_ path: String, stdin: () -> [UInt8], diagnostics: inout Diagnostics) -> SourceFile? {
        let bytes: [UInt8]
        if path == "-" {
            bytes = stdin()
        } else if let read = FileAccess.read(path) {
            bytes = read
        } else {
            diagnostics.error("open \(path): no such file or directory", at: .none)
            return nil
        }
        do {
            return SourceFile(path: path, documents: try YAMLParser.parse(bytes, file: path))
        } catch {
            diagnostics.append(.error(error.message, at: error.mark))
            return nil
        }
    }
}
