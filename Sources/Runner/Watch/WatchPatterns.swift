#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import EngineAPI

/// Patterns matched against absolute host paths as Docker Compose's watcher matches them
/// (`dockerPathMatcher`): each pattern made absolute under a root directory, then a path matches when it
/// or one of its parent directories does (patternmatcher's `MatchesOrParentMatches`, which `DockerIgnore`
/// implements for relative paths, here relative to `/`).
package struct WatchPatterns: Sendable, Hashable {
    private let ignore: DockerIgnore

    /// `patterns` (`!` for exceptions) relative to `root`, an absolute directory. As in Compose, a list
    /// holding `*` keeps only its exceptions.
    package init(root: String, patterns: [String]) throws(ArchiveError) {
        var patterns = patterns
        if patterns.contains("*") { patterns.removeAll { !$0.isEmpty && !$0.hasPrefix("!") } }
        var absolute: [String] = []
        for raw in patterns {
            var text = raw.trimmingWhitespace(newlines: false)
            guard !text.isEmpty else { continue }
            text = DockerIgnore.clean(text)
            let isException = text.hasPrefix("!")
            if isException { text.removeFirst() }
            if !text.hasPrefix("/") { text = DockerIgnore.clean(root + "/" + text) }
            absolute.append((isException ? "!" : "") + text)
        }
        ignore = try DockerIgnore(patterns: absolute)
    }

    /// True when the absolute `path`, or a directory above it, matches.
    package func matches(_ path: String) -> Bool {
        let relative = DockerIgnore.clean(path).drop { $0 == "/" }
        return !relative.isEmpty && ignore.excludes(String(relative))
    }

    /// Editors' temporary files, which Compose never syncs (its `EphemeralPathMatcher`).
    package static let ephemeral = try! WatchPatterns(root: "/", patterns: [
        "**/*___jb_old___", "**/*___jb_tmp___", "**/.idea/**", "**/.#*", "**/#*#", "**/4913", "**/*~", "**/.*.swp",
        "**/.*.swx", "**/.*.swo", "**/.*.swn", "**/.*.kate-swp", "**/*-go-tmp-umask",
    ])

    /// Compose's hard-coded `.git/` rule, which it roots at `/` (so it leaves out `/.git` alone).
    package static let dotGit = try! WatchPatterns(root: "/", patterns: [".git/"])
}
