/// Path arithmetic as compose-go does it on Linux: Go's `path.Clean`/`filepath.Join`, `~`
/// expansion, and "absolute in either Unix or Windows style" for mount sources.
enum HostPath {
    /// Go `path.Clean`: collapses `//`, `.` and `..`; an empty path becomes `.`.
    static func clean(_ path: String) -> String {
        guard !path.isEmpty else { return "." }
        if isClean(path) { return path }
        // Worked on UTF-8 bytes, as Go does: every separator and dot segment is ASCII.
        let slash = UInt8(ascii: "/")
        let bytes = Array(path.utf8)
        let rooted = bytes.first == slash
        var parts: [ArraySlice<UInt8>] = []
        for part in bytes.split(separator: slash, omittingEmptySubsequences: true) {
            if isDots(part, 1) { continue }
            if isDots(part, 2) {
                if let last = parts.last, !isDots(last, 2) { parts.removeLast() } else if !rooted { parts.append(part) }
                continue
            }
            parts.append(part)
        }
        var joined: [UInt8] = rooted ? [slash] : []
        for (i, part) in parts.enumerated() {
            if i > 0 { joined.append(slash) }
            joined += part
        }
        return joined.isEmpty ? "." : String(decoding: joined, as: UTF8.self)
    }

    /// Whether `part` is exactly `count` dots.
    private static func isDots(_ part: ArraySlice<UInt8>, _ count: Int) -> Bool {
        part.count == count && part.allSatisfy { $0 == UInt8(ascii: ".") }
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
    static func join(_ elements: String...) -> String {
        let nonEmpty = elements.filter { !$0.isEmpty }
        return nonEmpty.isEmpty ? "" : clean(nonEmpty.joined(separator: "/"))
    }

    /// compose-go `ExpandUser`: a leading `~` is replaced by the home directory.
    static func expandUser(_ path: String, home: String) -> String {
        guard path.hasPrefix("~") else { return path }
        return join(home, String(path.dropFirst()))
    }

    /// compose-go `IsWindowsAbs`: `C:\x`, `C:/x`, or a path starting with two separators.
    static func isWindowsAbsolute(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        func separator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") }
        if bytes.count >= 2, bytes[1] == UInt8(ascii: ":") { return bytes.count > 2 && separator(bytes[2]) }
        return bytes.count >= 2 && separator(bytes[0]) && separator(bytes[1])
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
