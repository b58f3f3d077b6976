/// A small tar archive built in memory: ustar headers, with PAX records for names, link targets or sizes
/// that do not fit them. Files generated for a build context end its stream as one (see `TarStream`).
package struct TarArchive: Sendable {
    /// The archive so far, without the closing zero blocks (see `bytes`).
    private var entries: [UInt8] = []

    /// The size of a tar block: headers and data are padded to it.
    static let blockSize = 512

    /// An empty archive.
    package init() {}

    /// The finished archive: every entry, then the two zero blocks that end a tar stream.
    package var bytes: [UInt8] {
        entries + [UInt8](repeating: 0, count: 2 * Self.blockSize)
    }

    /// Adds a regular file at `path` (relative, `/`-separated) with `contents`, permission bits `mode`
    /// and numeric owner `uid`:`gid`.
    package mutating func addFile(
        _ path: String, contents: [UInt8], mode: Int = 0o644, modified: Int = 0, uid: Int = 0, gid: Int = 0
    ) {
        append(TarHeader(name: path, type: .file, mode: mode, size: contents.count, modified: modified, uid: uid, gid: gid))
        entries += contents
        pad()
    }

    /// Adds a directory entry (stored with a trailing `/`) owned by `uid`:`gid`.
    package mutating func addDirectory(_ path: String, mode: Int = 0o755, modified: Int = 0, uid: Int = 0, gid: Int = 0) {
        let name = path.hasSuffix("/") ? path : path + "/"
        append(TarHeader(name: name, type: .directory, mode: mode, size: 0, modified: modified, uid: uid, gid: gid))
    }

    /// Adds a symbolic link at `path` pointing at `target`, kept verbatim.
    package mutating func addSymlink(_ path: String, target: String, modified: Int = 0) {
        append(TarHeader(name: path, type: .symlink, mode: 0o777, size: 0, modified: modified, linkTarget: target))
    }

    private mutating func append(_ header: TarHeader) {
        entries += header.blocks
    }

    private mutating func pad() {
        entries += TarHeader.padding(after: entries.count)
    }
}
