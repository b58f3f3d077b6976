import YAML

/// One compose file read and parsed: its path (absolute, or `-`), the name marks carry, and
/// its YAML documents.
struct SourceFile {
    var path: String
    /// The file as marks name it: relative to the working directory when inside it.
    var name: String
    var documents: [Document]

    /// The directory relative paths inside the file are measured from.
    func directory(cwd: String) -> String {
        path == "-" ? cwd : Paths.directory(path)
    }

    /// Reads and parses `path`, naming it relative to `cwd` in marks; nil after reporting a
    /// problem at `mark` (the node that referenced the file, when there is one).
    static func load(
        _ path: String, cwd: String, stdin: () -> [UInt8], mark: Mark = .none, diagnostics: inout Diagnostics
    ) -> SourceFile? {
        let bytes: [UInt8]
        if path == "-" {
            bytes = stdin()
        } else if let read = FileAccess.read(path) {
            bytes = read
        } else {
            diagnostics.error("open \(path): no such file or directory", at: mark)
            return nil
        }
        let name = Paths.display(path, cwd: cwd)
        do {
            return SourceFile(path: path, name: name, documents: try YAMLParser.documents(bytes, file: name))
        } catch {
            diagnostics.append(.error(error.message, at: error.mark))
            return nil
        }
    }
}
