#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import ComposeModel
import EngineAPI

/// Linux file watching through inotify: every directory at or below a watched directory gets a watch
/// (new directories too, as they appear), a watched file or a path that does not exist yet is watched
/// through its nearest existing directory. One thread blocks in `poll` on the inotify descriptor and a
/// wake-up pipe, so nothing runs while nothing changes.
package struct InotifyWatcher: FileChanges {
    /// A watcher.
    package init() {}

    package func changes(below roots: [String]) throws(WatchError) -> AsyncThrowingStream<String, any Error> {
        let session = try InotifySession(roots: roots)
        let (stream, continuation) = AsyncThrowingStream<String, any Error>.makeStream()
        continuation.onTermination = { _ in session.stop() }
        POSIXIO.detach { session.run(continuation) }
        return stream
    }
}

/// The descriptors and watch table of one `changes` call; used by its thread alone once running.
private final class InotifySession: @unchecked Sendable {
    // <sys/inotify.h>: the events watched, and the flags of the events read.
    private static let modify: UInt32 = 0x2, attrib: UInt32 = 0x4, closeWrite: UInt32 = 0x8, movedFrom: UInt32 = 0x40
    private static let movedTo: UInt32 = 0x80, create: UInt32 = 0x100, delete: UInt32 = 0x200
    private static let deleteSelf: UInt32 = 0x400, moveSelf: UInt32 = 0x800, ignored: UInt32 = 0x8000
    private static let isDirectory: UInt32 = 0x4000_0000, overflow: UInt32 = 0x4000
    private static let mask = modify | attrib | closeWrite | movedFrom | movedTo | create | delete | deleteSelf | moveSelf

    private let roots: [String]
    private let descriptor: Int32
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private var directories: [Int32: String] = [:]

    init(roots: [String]) throws(WatchError) {
        self.roots = roots
        descriptor = inotify_init1(Int32(O_CLOEXEC | O_NONBLOCK))
        guard descriptor >= 0 else { throw .watcher("inotify_init1: \(String(cString: strerror(errno)))") }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            close(descriptor)
            throw .watcher("pipe: \(String(cString: strerror(errno)))")
        }
        // Close-on-exec, so processes spawned meanwhile (ssh tunnels, credential helpers) do not keep the pipe open.
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        (wakeRead, wakeWrite) = (pipeEnds[0], pipeEnds[1])
        for root in roots {
            var isDirectory = false
            if FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory {
                try addTree(root)
            } else {
                var parent = Paths.directory(root)
                while !FileManager.default.fileExists(atPath: parent) && parent != "/" { parent = Paths.directory(parent) }
                try add(parent)
            }
        }
    }

    /// Asks the thread to end (the stream's termination, once); the thread closes every descriptor then.
    func stop() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    /// The thread's body: reads events until `stop`, yielding changed paths below the roots. It returns
    /// only after `stop`, so `stop` never writes to a closed descriptor.
    func run(_ output: AsyncThrowingStream<String, any Error>.Continuation) {
        defer {
            close(descriptor)
            close(wakeRead)
            close(wakeWrite)
        }
        var wake = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        readEvents(output)
        while wake[0].revents == 0 { _ = poll(&wake, 1, -1) }
    }

    private func readEvents(_ output: AsyncThrowingStream<String, any Error>.Continuation) {
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        while true {
            guard poll(&fds, 2, -1) >= 0 || errno == EINTR else {
                return output.finish(throwing: WatchError.watcher("poll: \(String(cString: strerror(errno)))"))
            }
            if fds[1].revents != 0 { return output.finish() }
            guard fds[0].revents != 0 else { continue }
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { continue }
            for path in events(in: buffer[0..<count]) { output.yield(path) }
        }
    }

    /// The changed paths of one read's events, adding watches for new directories.
    private func events(in bytes: ArraySlice<UInt8>) -> [String] {
        var paths: [String] = []
        var offset = bytes.startIndex
        while offset + 16 <= bytes.endIndex {
            let field = { (at: Int) in bytes[offset + at..<offset + at + 4].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) } }
            let watch = Int32(bitPattern: field(0)), mask = field(4), length = Int(field(12))
            let nameBytes = bytes[offset + 16..<min(offset + 16 + length, bytes.endIndex)].prefix { $0 != 0 }
            offset += 16 + length
            if mask & Self.ignored != 0 { directories[watch] = nil }
            guard let directory = directories[watch] else { continue }
            let path = nameBytes.isEmpty ? directory : (directory == "/" ? "" : directory) + "/" + String(decoding: nameBytes, as: UTF8.self)
            if mask & Self.isDirectory != 0, mask & (Self.create | Self.movedTo) != 0 {
                paths += appeared(path)
            } else if covered(path) {
                paths.append(path)
            }
        }
        return paths
    }

    /// A directory appeared: watch it (and report what it already holds) when it is or lies below a root;
    /// watch it alone when a root lies below it.
    private func appeared(_ path: String) -> [String] {
        if covered(path) {
            try? addTree(path)
            let found = ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []).map { path + "/" + $0 }
            return [path] + found
        }
        if roots.contains(where: { $0.hasPrefix(path + "/") }) { try? add(path) }
        return []
    }

    /// True when `path` is a root or lies below one.
    private func covered(_ path: String) -> Bool {
        roots.contains { path == $0 || path.hasPrefix($0 == "/" ? "/" : $0 + "/") }
    }

    private func addTree(_ directory: String) throws(WatchError) {
        try add(directory)
        let children = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for child in children {
            let path = (directory == "/" ? "" : directory) + "/" + child
            var status = stat()
            if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { try addTree(path) }
        }
    }

    private func add(_ directory: String) throws(WatchError) {
        let watch = inotify_add_watch(descriptor, directory, Self.mask)
        guard watch >= 0 else {
            if errno == ENOENT { return }
            throw .watcher("watching \(directory): \(String(cString: strerror(errno)))")
        }
        directories[watch] = directory
    }
}
