/// Classifies paths as written in mounts: Windows drive paths, named pipes, POSIX paths.
enum ContainerPath {
    /// `\\.\pipe\name` or `//./pipe/name`.
    static func isPipe(_ path: String) -> Bool {
        path.lowercased().hasPrefix(#"\\.\pipe\"#) || path.lowercased().hasPrefix("//./pipe/")
    }

    /// A drive path (`C:\app`, `c:/app`, `C:`) or a UNC path (`\\server\share`).
    static func isWindows(_ path: String) -> Bool {
        hasDrive(path) || path.hasPrefix(#"\\"#)
    }

    /// `C:`, `C:\` or `C:/`, which Windows refuses as a mount target.
    static func isDriveRoot(_ path: String) -> Bool {
        hasDrive(path) && (path.count == 2 || (path.count == 3 && (path.hasSuffix("\\") || path.hasSuffix("/"))))
    }

    /// An absolute POSIX path (`/data`) that is not a pipe written with slashes.
    static func isPOSIXAbsolute(_ path: String) -> Bool {
        path.hasPrefix("/") && !isPipe(path)
    }

    /// File extensions that make a bind source look like a file, not a directory.
    private static let fileExtensions: Set<String> = [
        "bat", "cer", "cmd", "conf", "config", "crt", "csv", "db", "dll", "env", "exe", "html", "ini", "js", "json",
        "key", "lock", "log", "pem", "pfx", "properties", "ps1", "py", "sh", "sql", "sqlite", "template", "toml",
        "txt", "xml", "yaml", "yml",
    ]

    /// True when the last component has a well-known file extension (`nginx.conf`, `web.config`).
    static func looksLikeFile(_ path: String) -> Bool {
        let last = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? ""
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return false }
        return fileExtensions.contains(last[last.index(after: dot)...].lowercased())
    }

    private static func hasDrive(_ path: String) -> Bool {
        let chars = Array(path.prefix(3))
        guard chars.count >= 2, chars[0].isASCII, chars[0].isLetter, chars[1] == ":" else { return false }
        return chars.count == 2 || chars[2] == "\\" || chars[2] == "/"
    }
}
