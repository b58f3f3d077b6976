/// Options of `cp`: one side is `SERVICE:PATH`, the other a local path (or `-`, a tar stream on stdin or stdout).
package struct CopyOptions: Sendable, Hashable {
    package var source: String
    package var destination: String
    /// The replica to copy from or to (`--index`); nil: the first to copy from, every one to copy to.
    package var index: Int?
    /// Include one-off (`run`) containers (`--all`).
    package var all = false
    /// Follow a symbolic link at the source (`-L`).
    package var followLink = false
    /// Give what is copied into a container the container's user (`-a`, the daemon's `copyUIDGID`); without it
    /// the local owners go along in the archive, as with `docker cp`.
    package var archive = false

    /// Options copying `source` to `destination`.
    package init(source: String, destination: String) {
        self.source = source
        self.destination = destination
    }

    /// `SERVICE:PATH` split as Docker Compose splits it: an absolute local path, an argument without `:`, or one
    /// whose part before `:` starts with `.` (`./a:b`) is local (nil service).
    static func split(_ argument: String) -> (service: String?, path: String) {
        guard !argument.hasPrefix("/"), let colon = argument.firstIndex(of: ":"), !argument.hasPrefix(".") else { return (nil, argument) }
        return (String(argument[..<colon]), String(argument[argument.index(after: colon)...]))
    }

    /// The directory part and the last component of a container path; `\` separates too in a Windows container.
    static func split(path: String, windows: Bool) -> (parent: String, base: String) {
        let separators: Set<Character> = windows ? ["/", "\\"] : ["/"]
        var trimmed = Substring(path)
        while trimmed.count > 1, let last = trimmed.last, separators.contains(last) { trimmed.removeLast() }
        guard let cut = trimmed.lastIndex(where: { separators.contains($0) }) else { return (".", String(trimmed)) }
        let parent = trimmed[..<cut]
        let root = parent.isEmpty || (windows && parent.count == 2 && parent.hasSuffix(":"))
        return (root ? String(trimmed[...cut]) : String(parent), String(trimmed[trimmed.index(after: cut)...]))
    }
}
