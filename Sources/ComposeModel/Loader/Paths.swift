/// Unix path arithmetic as Go's `path` and `filepath` do it on Linux: no file system access.
package enum Paths {
    /// `path.Clean`: collapses `//`, `.` and `..` lexically; an empty path is `.`.
    static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !rooted {
                    parts.append(part)
                }
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `filepath.Join`: joins non-empty elements and cleans the result.
    static func join(_ elements: String...) -> String {
        let parts = elements.filter { !$0.isEmpty }
        return parts.isEmpty ? "" : clean(parts.joined(separator: "/"))
    }

    /// `path` made absolute against `base` when it is relative.
    static func absolute(_ path: String, base: String) -> String {
        path.hasPrefix("/") ? clean(path) : join(base, path)
    }

    /// How marks name `path`: relative to `cwd` when inside it (`sub/compose.yaml`), else as
    /// given (absolute); `-` stays `-`. Only for display: I/O keeps the absolute path.
    static func display(_ path: String, cwd: String) -> String {
        guard path != "-", path.hasPrefix("/") else { return path }
        let base = clean(cwd)
        let prefix = base == "/" ? "/" : base + "/"
        return path.hasPrefix(prefix) && path.count > prefix.count ? String(path.dropFirst(prefix.count)) : path
    }

    /// `filepath.Dir`.
    package static func directory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let head = String(path[..<slash])
        return head.isEmpty ? "/" : clean(head)
    }

    /// `filepath.Base`.
    static func base(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed.isEmpty { return "." }
        if trimmed == "/" { return "/" }
        if let slash = trimmed.lastIndex(of: "/") { return String(trimmed[trimmed.index(after: slash)...]) }
        return String(trimmed)
    }

    /// True for paths that are absolute on Unix or on Windows (`C:\x`, `C:/x`, `\\server\share`).
    package static func isAbsoluteAnywhere(_ path: String) -> Bool {
        if path.hasPrefix("/") || path.hasPrefix("\\\\") { return true }
        let chars = Array(path.utf8.prefix(3))
        guard chars.count == 3 else { return false }
        let letter = (chars[0] >= 65 && chars[0] <= 90) || (chars[0] >= 97 && chars[0] <= 122)
        return letter && chars[1] == UInt8(ascii: ":") && (chars[2] == UInt8(ascii: "\\") || chars[2] == UInt8(ascii: "/"))
    }
}
