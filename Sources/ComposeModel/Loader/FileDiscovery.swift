#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import YAML

/// Finds the compose files of a project: `-f`, else `COMPOSE_FILE`, else the default names in
/// the current directory or its nearest parent that has one (compose-semantics §1).
enum FileDiscovery {
    static let defaultNames = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"]
    static let overrideNames = [
        "compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml",
    ]

    /// Absolute compose file paths (`-` kept for standard input), or nil after reporting a problem.
    static func files(
        explicit: [String], environment: [String: String], searchFrom directory: String, cwd: String,
        diagnostics: inout Diagnostics
    ) -> [String]? {
        if !explicit.isEmpty { return existing(explicit, cwd: cwd, diagnostics: &diagnostics) }
        if let list = environment["COMPOSE_FILE"] {
            let separator = environment["COMPOSE_PATH_SEPARATOR"].flatMap { $0.isEmpty ? nil : $0 } ?? ":"
            return existing(list.split(separator: separator, omittingEmptySubsequences: false).map(String.init), cwd: cwd, diagnostics: &diagnostics)
        }
        var current = directory
        while true {
            let found = defaultNames.map { Paths.join(current, $0) }.filter(FileAccess.isFile)
            if let winner = found.first {
                if found.count > 1 {
                    diagnostics.warning(
                        "Found multiple config files with supported names: \(found.joined(separator: ", "))\nUsing \(winner)",
                        at: .none)
                }
                var result = [winner]
                let overrides = overrideNames.map { Paths.join(current, $0) }.filter(FileAccess.isFile)
                if let override = overrides.first {
                    if overrides.count > 1 {
                        diagnostics.warning(
                            "Found multiple override files with supported names: \(overrides.joined(separator: ", "))\nUsing \(override)",
                            at: .none)
                    }
                    result.append(override)
                }
                return result
            }
            let parent = Paths.directory(current)
            if parent == current { break }
            current = parent
        }
        diagnostics.error("no configuration file provided: not found", at: .none)
        return nil
    }

    private static func existing(_ paths: [String], cwd: String, diagnostics: inout Diagnostics) -> [String]? {
        var result: [String] = []
        for path in paths {
            if path == "-" {
                result.append(path)
                continue
            }
            let absolute = Paths.absolute(path, base: cwd)
            guard FileAccess.exists(absolute) else {
                diagnostics.error("open \(absolute): no such file or directory", at: .none)
                return nil
            }
            result.append(absolute)
        }
        return result
    }
}
