import Foundation

/// The patterns of a `.dockerignore` file, applied in order as the docker CLI does: the last pattern
/// matching a path (or one of its parent directories) decides whether it is left out of the context.
package struct DockerIgnore: Sendable, Hashable {
    package private(set) var patterns: [IgnorePattern] = []

    /// No patterns: nothing is left out.
    package init() {}

    /// Patterns given one per element, cleaned like the CLI cleans them (`/a/./b/` is `a/b`).
    package init(patterns lines: [String]) throws(ArchiveError) {
        var patterns: [IgnorePattern] = []
        for line in lines {
            var text = line.trimmingCharacters(in: .whitespaces)
            let isException = text.hasPrefix("!")
            if isException { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if isException && text.isEmpty { throw ArchiveError("illegal exclusion pattern: \"!\"") }
            guard !text.isEmpty else { continue }
            let cleaned = Self.clean(text)
            // A leading `/` means the context root, which every path is already relative to.
            let relative = cleaned.count > 1 && cleaned.hasPrefix("/") ? String(cleaned.dropFirst()) : cleaned
            guard relative != "." else { continue }
            if let pattern = IgnorePattern((isException ? "!" : "") + relative) { patterns.append(pattern) }
        }
        self.patterns = patterns
    }

    /// Reads the text of a `.dockerignore` file: one pattern a line, `#` lines are comments, a BOM is dropped.
    package init(fileContents text: String) throws(ArchiveError) {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        try self.init(patterns: lines.filter { !$0.hasPrefix("#") })
    }

    /// True when `path` (relative to the context, `/`-separated) is left out.
    package func excludes(_ path: String) -> Bool {
        let parents = path.split(separator: "/").dropLast().map(String.init)
        var excluded = false
        for pattern in patterns where pattern.isException == excluded {
            var matched = pattern.matches(path)
            if !matched {
                matched = parents.indices.contains { pattern.matches(parents[...$0].joined(separator: "/")) }
            }
            if matched { excluded = !pattern.isException }
        }
        return excluded
    }

    /// For an excluded directory: true when an exception could re-include something inside it, so the
    /// walk must still look into it (the CLI only checks exceptions that spell out the directory).
    package func mustDescend(into directory: String) -> Bool {
        patterns.contains { $0.isException && ($0.text + "/").hasPrefix(directory + "/") }
    }

    /// These patterns plus exceptions for `paths` that they exclude: the Dockerfile and `.dockerignore`
    /// always reach the daemon, as with `docker build`.
    package func keeping(_ paths: [String]) -> DockerIgnore {
        var copy = self
        for path in paths where excludes(path) {
            if let pattern = IgnorePattern("!" + Self.clean(path)) { copy.patterns.append(pattern) }
        }
        return copy
    }

    /// Go's `filepath.Clean` for `/`-separated paths.
    package static func clean(_ path: String) -> String {
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", rooted {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
