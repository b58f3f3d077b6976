/// Finds a program as Go's `exec.LookPath` does for the docker CLI: an absolute path as is, a bare name in each
/// `PATH` directory (none when `PATH` is unset).
enum ExecutableSearch {
    /// The path of `name`, or nil when no `PATH` directory holds it.
    static func find(_ name: String, environment: [String: String], fileExists: (String) -> Bool) -> String? {
        if name.hasPrefix("/") { return fileExists(name) ? name : nil }
        let path = environment["PATH"] ?? ""
        for directory in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = directory.hasSuffix("/") ? "\(directory)\(name)" : "\(directory)/\(name)"
            if fileExists(candidate) { return candidate }
        }
        return nil
    }
}
