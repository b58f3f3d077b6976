/// Path arithmetic as compose-go does it on Linux: Go's `path.Clean`/`filepath.Join`, `~`
/// expansion, and "absolute in either Unix or Windows style" for mount sources.
enum HostPath {
    /// Go `path.Clean`: collapses `//`, `.` and `..`; an empty path becomes `.`.
    static func clean(_ path: String) -> String {
        guard !path.isEmpty else { return "." }
        if isClean(path) { return path }
        // Go's own single pass over UTF-8 bytes (every separator and dot segment is ASCII):
        // `out` only grows by copying input, and `..` backs up to the previous separator.
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        let bytes = Array(path.utf8)
        let count = bytes.count
        let rooted = bytes[0] == slash
        var out: [UInt8] = []
        out.reserveCapacity(count)
        var read = 0
        // Output before this index is `/` or leading `..` segments: `..` cannot remove it.
        var floor = 0
        if rooted {
            out.append(slash)
            read = 1
            floor = 1
        }
        while read < count {
            if bytes[read] == slash {
                read += 1
            } else if bytes[read] == dot, read + 1 == count || bytes[read + 1] == slash {
                read += 1
            } else if bytes[read] == dot, bytes[read + 1] == dot, read + 2 == count || bytes[read + 2] == slash {
                read += 2
                if out.count > floor {
                    // Drop the last segment and the separator before it.
                    var end = out.count - 1
                    while end > floor, out[end] != slash { end -= 1 }
                    out.removeSubrange(end...)
                } else if !rooted {
                    if !out.isEmpty { out.append(slash) }
                    out.append(dot)
                    out.append(dot)
                    floor = out.count
                }
            } else {
                if out.count != (rooted ? 1 : 0) { out.append(slash) }
                while read < count, bytes[read] != slash {
                    out.append(bytes[read])
                    read += 1
                }
            }
        }
        return out.isEmpty ? "." : String(decoding: out, as: UTF8.self)
    }

    /// Whether `clean` would return `path` unchanged: no empty, `.` or `..` segment and no
    /// trailing `/` (except `/` itself). Most paths are, and need no splitting.
    private static func isClean(_ path: String) -> Bool {
        var length = 0
        var dots = 0
        var count = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if length == 0, count > 0 { return false }
                if length > 0, dots == length, length <= 2 { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
            count += 1
        }
        if length == 0 { return count == 1 }
        return !(dots == length && length <= 2)
    }

    /// Go `filepath.Join` on Linux: joins the non-empty elements with `/` and cleans.
    static func join(_ first: String, _ second: String) -> String {
        if first.isEmpty { return second.isEmpty ? "" : clean(second) }
        if second.isEmpty { return clean(first) }
        var joined = first
        joined.reserveCapacity(first.utf8.count + 1 + second.utf8.count)
        joined += "/"
        joined += second
        return clean(joined)
    }

    /// compose-go `ExpandUser`: a leading `~` is replaced by the home directory.
    static func expandUser(_ path: String, home: String) -> String {
        guard path.hasPrefix("~") else { return path }
        return join(home, String(path.dropFirst()))
    }

    /// compose-go `IsWindowsAbs`: `C:\x`, `C:/x`, or a path starting with two separators.
    static func isWindowsAbsolute(_ path: String) -> Bool {
        func separator(_ byte: UInt8?) -> Bool { byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") }
        var bytes = path.utf8.makeIterator()
        let first = bytes.next()
        guard let second = bytes.next() else { return false }
        if second == UInt8(ascii: ":") { return separator(bytes.next()) }
        return separator(first) && separator(second)
    }

    /// compose-go `absPath`: `~` expanded, relative paths joined to `base` (and cleaned).
    static func absolute(_ path: String, base: String, home: String) -> String {
        let expanded = expandUser(path, home: home)
        if expanded.hasPrefix("/") || expanded.isEmpty { return expanded }
        return join(base, expanded)
    }

    /// compose-go `maybeUnixPath`: like `absolute`, but a path absolute in Unix or Windows style
    /// is returned as written (not cleaned), so `C:\data` survives on Linux.
    static func absoluteMountSource(_ path: String, base: String, home: String) -> String {
        let expanded = expandUser(path, home: home)
        if expanded.hasPrefix("/") || isWindowsAbsolute(expanded) { return expanded }
        return join(base, expanded)
    }

    /// compose-go `absContextPath`: build contexts that name a URL, a service or a Git remote
    /// stay as written.
    static func absoluteBuildContext(_ context: String, base: String, home: String) -> String {
        let remotePrefixes = ["https://", "http://", "git://", "ssh://", "github.com/", "git@", "service:"]
        if context.contains("://") || remotePrefixes.contains(where: context.hasPrefix) { return context }
        return absolute(context, base: base, home: home)
    }
}
