/// Finds a program the way a shell does: an absolute path as is, a bare name in each `PATH` directory.
enum ExecutableSearch {
    /// The path of `name`, or nil when no `PATH` directory holds it.
    static func find(_ name: String, environment: [String: String], fileExists: (String) -> Bool) -> String? {
        if name.hasPrefix("/") { return fileExists(name) ? name : nil }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = directory.hasSuffix("/") ? "\(directory)\(name)" : "\(directory)/\(name)"
            if fileExists(candidate) { return candidate }
        }
        return nil
    }
}
