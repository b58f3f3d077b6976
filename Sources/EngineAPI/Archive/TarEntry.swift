/// One entry of a tar archive as `TarReader.entries` reads it: a regular file, a directory or a link.
package struct TarEntry: Sendable, Hashable {
    /// The kinds of entries `cp` writes out; anything else (devices, FIFOs) is passed over.
    package enum Kind: Sendable, Hashable {
        case file, directory, symlink, hardlink
    }

    /// The path inside the archive, `/`-separated, without a trailing `/`.
    package var path: String
    package var kind: Kind
    /// Permission bits.
    package var mode: Int
    package var uid: Int
    package var gid: Int
    /// Unix seconds.
    package var modified: Int
    /// The target of a symbolic or hard link.
    package var linkTarget: String
    /// A regular file's content.
    package var contents: [UInt8]

    /// Creates an entry.
    package init(
        path: String, kind: Kind, mode: Int = 0o644, uid: Int = 0, gid: Int = 0, modified: Int = 0, linkTarget: String = "",
        contents: [UInt8] = []
    ) {
        self.path = path
        self.kind = kind
        self.mode = mode
        self.uid = uid
        self.gid = gid
        self.modified = modified
        self.linkTarget = linkTarget
        self.contents = contents
    }
}
