import YAML

/// Reads `.env`-style files into variables (compose-go `dotenv.GetEnvFromFile`): later files win,
/// and `${X}` inside them resolves against `environment` first, then earlier keys.
enum EnvFiles {
    /// The variables defined by `paths` (absolute), or nil after reporting a problem.
    static func read(_ paths: [String], environment: [String: String], diagnostics: inout Diagnostics) -> [String: String]? {
        var values: [String: String] = [:]
        for path in paths {
            guard FileAccess.exists(path) else {
                diagnostics.error("couldn't find env file: \(path)", at: Mark(file: path, line: 0, column: 0))
                return nil
            }
            guard !FileAccess.isDirectory(path) else {
                diagnostics.error("\(path) is a directory", at: Mark(file: path, line: 0, column: 0))
                return nil
            }
            guard let bytes = FileAccess.read(path) else {
                diagnostics.error("couldn't read env file: \(path)", at: Mark(file: path, line: 0, column: 0))
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
                diagnostics.error("failed to read \(path): \(error)", at: Mark(file: path, line: error.line, column: 1))
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
