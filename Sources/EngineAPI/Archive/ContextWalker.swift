#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file, directory or symlink of a build context, as a walk finds it.
struct ContextEntry: Sendable, Hashable {
    /// What the entry is, with what its tar header needs beyond the common fields.
    enum Kind: Sendable, Hashable {
        case directory
        case file(size: Int)
        case symlink(target: String)
    }

    /// Relative to the context, `/`-separated.
    var path: String
    var kind: Kind
    /// Permission bits (and setuid/setgid/sticky).
    var mode: Int
    /// Seconds since 1970.
    var modified: Int
}

/// Walks a context directory depth-first in name order and yields what BuildKit's walk with the same ignore
/// rules sends: excluded entries are left out, an excluded directory is looked into only when an exception
/// could re-include something in it (`DockerIgnore.mustDescend`), and such a directory is yielded just
/// before the first entry inside it that is sent. Sockets and other special files are skipped.
struct ContextWalker {
    private let root: String
    private let ignore: DockerIgnore
    /// Top-level names left out because the build sends its own version of them.
    private let replaced: Set<String>
    private var frames: [Frame] = []
    /// Entries found but not yet returned: a re-included entry's pending parents, then the entry.
    private var ready: [ContextEntry] = []

    private struct Frame {
        var path: String
        var names: [String]
        var next = 0
        /// Which patterns matched this directory, for its children's matching.
        var matched: [Bool]?
        /// The directory's own entry while it is excluded and nothing inside it was sent yet.
        var pending: ContextEntry?
    }

    /// A walk of the directory `root`; throws when it is not a directory or cannot be listed.
    init(root: String, ignore: DockerIgnore, replacing replaced: Set<String> = []) throws(ArchiveError) {
        self.root = root
        self.ignore = ignore
        self.replaced = replaced
        guard let names = try Self.list(root) else { throw ArchiveError("build context \(root) is not a directory") }
        frames = [Frame(path: "", names: names)]
    }

    /// The next entry to send, nil at the end; throws naming a file that cannot be read.
    mutating func next() throws(ArchiveError) -> ContextEntry? {
        if !ready.isEmpty { return ready.removeFirst() }
        while let top = frames.indices.last {
            guard frames[top].next < frames[top].names.count else {
                frames.removeLast()
                continue
            }
            let name = frames[top].names[frames[top].next]
            frames[top].next += 1
            let directory = frames[top].path
            let path = directory.isEmpty ? name : directory + "/" + name
            if directory.isEmpty && replaced.contains(name) { continue }
            let (excluded, matched) = ignore.match(path, parent: frames[top].matched)
            // What is excluded and cannot hold a re-included entry is never even looked at.
            if excluded && !ignore.mustDescend(into: path) { continue }
            let found: ContextEntry?
            do {
                found = try entry(at: path)
            } catch {
                // As BuildKit's walk: an excluded path that cannot be read is no error.
                if excluded { continue }
                throw error
            }
            guard let entry = found else { continue }
            if entry.kind == .directory {
                let names: [String]
                do {
                    names = try Self.list(root + "/" + path) ?? []
                } catch {
                    if excluded { continue }
                    throw error
                }
                frames.append(Frame(path: path, names: names, matched: matched, pending: excluded ? entry : nil))
                if excluded { continue }
            } else if excluded {
                continue
            }
            ready = takePendingParents() + [entry]
            return ready.removeFirst()
        }
        return nil
    }

    /// The excluded directories above the newest entry that were not yet sent, outermost first.
    private mutating func takePendingParents() -> [ContextEntry] {
        var parents: [ContextEntry] = []
        for index in frames.indices {
            guard let pending = frames[index].pending else { continue }
            parents.append(pending)
            frames[index].pending = nil
        }
        return parents
    }

    private func entry(at path: String) throws(ArchiveError) -> ContextEntry? {
        let full = root + "/" + path
        var info = stat()
        guard lstat(full, &info) == 0 else { throw ArchiveError("cannot read \(full): \(Self.reason(errno))") }
        let mode = Int(info.st_mode & 0o7777)
        let modified = Int(info.st_mtim.tv_sec)
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            return ContextEntry(path: path, kind: .directory, mode: mode, modified: modified)
        case S_IFREG:
            return ContextEntry(path: path, kind: .file(size: Int(info.st_size)), mode: mode, modified: modified)
        case S_IFLNK:
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) else {
                throw ArchiveError("cannot read the link \(full)")
            }
            return ContextEntry(path: path, kind: .symlink(target: target), mode: 0o777, modified: modified)
        default:
            return nil
        }
    }

    /// The names in a directory, sorted; nil when `path` is not a directory (or does not exist).
    private static func list(_ path: String) throws(ArchiveError) -> [String]? {
        guard let handle = opendir(path) else {
            if errno == ENOTDIR || errno == ENOENT { return nil }
            throw ArchiveError("cannot list the directory \(path): \(reason(errno))")
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The system's text for an `errno` value, in lower case.
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
