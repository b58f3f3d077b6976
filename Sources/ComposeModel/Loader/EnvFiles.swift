import YAML

/// Reads `.env`-style files into variables (compose-go `dotenv.GetEnvFromFile`): later files win,
/// and `${X}` inside them resolves against `environment` first, then earlier keys.
enum EnvFiles {
    /// The variables defined by `paths` (absolute), or nil after reporting a problem. A file that
    /// cannot be read is reported at `mark` (the node naming it) when known, else by its name;
    /// a syntax error at its line in the file; files are named relative to `cwd`.
    static func read(
        _ paths: [String], cwd: String, mark: Mark = .none, environment: [String: String], diagnostics: inout Diagnostics
    ) -> [String: String]? {
        var values: [String: String] = [:]
        for path in paths {
            let name = Paths.display(path, cwd: cwd)
            let unreadable = mark.isKnown ? mark : Mark(file: name, line: 0, column: 0)
            guard FileAccess.exists(path) else {
                diagnostics.error("couldn't find env file: \(path)", at: unreadable)
                return nil
            }
            guard !FileAccess.isDirectory(path) else {
                diagnostics.error("\(path) is a directory", at: unreadable)
                return nil
            }
            guard let bytes = FileAccess.read(path) else {
                diagnostics.error("couldn't read env file: \(path)", at: unreadable)
                return nil
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let known = values
            do {
                let pairs = try DotEnv.parse(text) { key in environment[key] ?? known[key] }
                for pair in pairs {
                    if let value = pair.value { values[pair.key] = value }
                }
            } catch {
                diagnostics.error("failed to read \(path): \(error)", at: Mark(file: name, line: error.line, column: 1))
                return nil
            }
        }
        return values
    }

    /// `base` with every key of `extra` it does not already define: the shell always wins.
    static func adding(_ extra: [String: String], to base: [String: String]) -> [String: String] {
        var result = base
        for (key, value) in extra where result[key] == nil { result[key] = value }
        return result
    }
}
