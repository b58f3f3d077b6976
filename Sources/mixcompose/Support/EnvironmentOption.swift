#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ComposeModel

/// The `-e/--env` entries of `exec` and `run`, as the docker CLI reads them.
enum EnvironmentOption {
    /// `KEY=VALUE` entries as given; a bare `KEY` passes the variable on when it is set and is dropped otherwise.
    static func entries(_ values: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        values.compactMap { entry in
            entry.contains("=") ? entry : environment[entry].map { "\(entry)=\($0)" }
        }
    }

    /// Adds the variables of each `--env-from-file` file (read as `.env` files are, `${X}` resolving through
    /// what is already set) that `environment` does not set yet: `-e` and earlier files win, as in Compose.
    static func merge(files: [String], into environment: inout [String: String]) throws {
        for path in files {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CommandInputError.unreadableFile(path) }
            let known = environment
            let entries: [(key: String, value: String?)]
            do {
                entries = try DotEnv.parse(text, lookup: { known[$0] })
            } catch {
                // Compose drops the whole environment on a parse error (cmd/compose/run.go); an error is kinder.
                throw CommandInputError.invalidEnvFile(path, reason: error.description)
            }
            // Within one file the last definition wins; across sources the first.
            var fromFile: [String: String] = [:]
            for (key, value) in entries where !key.isEmpty { fromFile[key] = value }
            environment.merge(fromFile) { current, _ in current }
        }
    }
}
