#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The patterns of a `.dockerignore` file, applied in order as BuildKit and the docker CLI apply them: the
/// last pattern matching a path (or one of its parent directories) decides whether it is left out.
package struct DockerIgnore: Sendable, Hashable {
    package private(set) var patterns: [IgnorePattern] = []

    /// No patterns: nothing is left out.
    package init() {}

    /// Patterns given one per element (with `!` for exceptions), cleaned like moby's patternmatcher
    /// cleans them (`a/./b/` is `a/b`); a leading `/` is dropped, as the ignore-file reader drops it.
    package init(patterns lines: [String]) throws(ArchiveError) {
        var patterns: [IgnorePattern] = []
        for line in lines {
            var text = line.trimmingWhitespace()
            let isException = text.hasPrefix("!")
            if isException { text = text.dropFirst().trimmingWhitespace() }
            if isException && text.isEmpty { throw ArchiveError("illegal exclusion pattern: \"!\"") }
            guard !text.isEmpty else { continue }
            let cleaned = Self.clean(text)
            let relative = cleaned.count > 1 && cleaned.hasPrefix("/") ? String(cleaned.dropFirst()) : cleaned
            if let pattern = try IgnorePattern((isException ? "!" : "") + relative) { patterns.append(pattern) }
        }
        self.patterns = patterns
    }

    /// Reads the text of a `.dockerignore` file as moby's `ignorefile.ReadAll` does: one pattern a line
    /// (split at `\n`, a final `\r` dropped), a line whose first character is `#` is a comment, blank lines
    /// are skipped, a BOM opening the file is dropped.
    package init(fileContents text: String) throws(ArchiveError) {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // `\r\n` is one Character in Swift, so the lines are split on scalars.
        let lines = body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line))
        }
        try self.init(patterns: lines.filter { !$0.hasPrefix("#") })
    }

    /// True when the patterns exclude `path` (relative, `/`-separated) or one of its parent directories:
    /// patternmatcher's `MatchesOrParentMatches`, which the daemon's classic builder uses to decide whether
    /// it drops the Dockerfile and `.dockerignore` it was sent.
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

    /// Whether `path` is excluded, given which patterns matched its parent directory (`parent`, one flag a
    /// pattern; nil at the top, where parents are checked as `excludes` does), and the flags for `path`'s
    /// own children: patternmatcher's `MatchesUsingParentResults`, which BuildKit's and the CLI's walks use.
    package func match(_ path: String, parent: [Bool]?) -> (excluded: Bool, matched: [Bool]) {
        var excluded = false
        var matched = [Bool](repeating: false, count: patterns.count)
        let parents = parent == nil ? path.split(separator: "/").dropLast().map(String.init) : []
        for (index, pattern) in patterns.enumerated() {
            var hit = parent?[index] ?? false
            if !hit {
                // As there, a pattern is not even tried when it could not change the answer so far.
                guard pattern.isException == excluded else { continue }
                hit = pattern.matches(path)
                    || parents.indices.contains { pattern.matches(parents[...$0].joined(separator: "/")) }
            }
            matched[index] = hit
            if hit { excluded = !pattern.isException }
        }
        return (excluded, matched)
    }

    /// For an excluded directory: true when an exception could re-include something inside it, so the
    /// walk must still look into it. As BuildKit's walk decides: any exception with a wildcard (before a
    /// final `/*` or `/**`) makes every excluded directory worth a look; otherwise only those an exception
    /// names or lies under.
    package func mustDescend(into directory: String) -> Bool {
        let exceptions = patterns.filter(\.isException).map { pattern in
            var text = pattern.text
            for suffix in ["/**", "/*"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
            return text
        }
        if exceptions.contains(where: { $0.contains { "*[]?^\\".contains($0) } }) { return true }
        return exceptions.contains { ($0 + "/").hasPrefix(directory + "/") }
    }

    /// Whether a walk of the context sends `path` (relative, `/`-separated): no parent directory is skipped
    /// whole, and the path itself is not excluded.
    package func sends(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        var parent: [Bool]?
        for end in parts.indices {
            let prefix = parts[...end].joined(separator: "/")
            let (excluded, matched) = match(prefix, parent: parent)
            if end == parts.count - 1 { return !excluded }
            if excluded && !mustDescend(into: prefix) { return false }
            parent = matched
        }
        return true
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
