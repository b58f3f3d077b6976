import EngineAPI

/// A secret or config whose content is written into a container before it starts, as
/// Compose writes `environment:` and `content:` sources (and, here, file sources on Windows, which
/// cannot bind-mount a single file).
package struct InjectedFile: Sendable, Hashable, Encodable {
    /// `secret` or `config`.
    package var kind: String
    /// The top-level key of the secret or config.
    package var name: String
    /// The directory the archive is extracted in: `/` on Linux, `C:\` on Windows.
    package var root: String
    /// The file's path below `root`, `/`-separated (`run/secrets/token`).
    package var path: String
    /// The content; nil when its environment variable or file is missing.
    package var content: String?
    /// Permission bits (Compose's default is 0444).
    package var mode: Int
    package var uid: Int?
    package var gid: Int?

    /// True when the owner in the archive is kept (Compose's `CopyUIDGID` when `uid` or `gid` is set).
    package var keepsOwner: Bool { uid != nil || gid != nil }

    /// The one-entry archive that writes the file, stamped `modified` (Unix seconds).
    package func archive(modified: Int) -> [UInt8] {
        var archive = TarArchive()
        archive.addFile(path, contents: Array((content ?? "").utf8), mode: mode, modified: modified, uid: uid ?? 0, gid: gid ?? 0)
        return archive.bytes
    }

    /// Encodes for the configuration hash: a digest of the content, never the content itself, which
    /// would end up in a label.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(name, forKey: .name)
        try container.encode(root, forKey: .root)
        try container.encode(path, forKey: .path)
        try container.encode(content.map { SHA256.hexDigest(of: Array($0.utf8)) }, forKey: .content)
        try container.encode(mode, forKey: .mode)
        try container.encode(uid, forKey: .uid)
        try container.encode(gid, forKey: .gid)
    }

    private enum CodingKeys: String, CodingKey {
        case kind, name, root, path, content, mode, uid, gid
    }
}
