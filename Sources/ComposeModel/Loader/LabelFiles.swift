import YAML

/// Folds `label_file` into `labels`, as compose-go's `WithServicesLabelsResolved` does after the
/// environment is resolved: files are read in order (a later file wins, and `${X}` in a file
/// resolves only against labels read before it), the service's own `labels` win over every file,
/// and `label_file` is then dropped, as `docker compose config` drops it.
enum LabelFiles {
    /// False after reporting a missing file (at its entry) or a parse error (at its line in the
    /// file, named relative to `cwd`).
    static func fold(_ service: inout Node.Mapping, name: String, cwd: String, diagnostics: inout Diagnostics) -> Bool {
        guard let files = service["label_file"] else { return true }
        var fromFiles: [(String, String)] = []
        var index: [String: Int] = [:]
        for file in files.sequence ?? [files] {
            let path = file.text ?? ""
            guard FileAccess.isFile(path), let bytes = FileAccess.read(path) else {
                diagnostics.error(
                    "label file \(path) not found: stat \(path): no such file or directory", at: file.mark, service: name)
                return false
            }
            let known = Dictionary(fromFiles, uniquingKeysWith: { _, last in last })
            do {
                for (key, value) in try DotEnv.parse(String(decoding: bytes, as: UTF8.self), lookup: { known[$0] }) {
                    guard let value else { continue }
                    if let i = index[key] { fromFiles[i].1 = value } else {
                        index[key] = fromFiles.count
                        fromFiles.append((key, value))
                    }
                }
            } catch {
                diagnostics.error(
                    "failed to read \(path): \(error)", at: Mark(file: Paths.display(path, cwd: cwd), line: error.line, column: 1),
                    service: name)
                return false
            }
        }
        service["label_file"] = nil
        let own = service["labels"]?.mapping ?? Node.Mapping()
        var merged = Node.Mapping()
        let mark = files.mark
        for (key, value) in fromFiles where own[key] == nil {
            merged.entries.append(.init(key: .string(key, mark: mark, style: .plain), value: .string(value, mark: mark)))
        }
        merged.entries.append(contentsOf: own.entries)
        if !merged.isEmpty { service["labels"] = Node(.mapping(merged), mark: service["labels"]?.mark ?? mark) }
        return true
    }
}
