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
import NIOCore

/// The state behind one `TarStream` iteration: the walk, and the file being copied. A class so that an
/// iteration dropped halfway (a cancelled request) still closes its file.
final class TarProducer {
    private let context: BuildContext
    private let chunkSize: Int
    private var walker: ContextWalker?
    private var file: OpenFile?
    private var finished = false

    /// A regular file being copied into the archive.
    private struct OpenFile {
        var descriptor: Int32
        var path: String
        var size: Int
        var remaining: Int
    }

    /// A producer that starts walking `context` at its first `next()`.
    init(context: BuildContext, chunkSize: Int) {
        self.context = context
        self.chunkSize = max(chunkSize, TarArchive.blockSize)
    }

    deinit {
        if let file { close(file.descriptor) }
    }

    /// The next chunk of at least `chunkSize` bytes (bar the last; a chunk overshoots by at most one
    /// entry's headers), nil when the archive is complete.
    func next() throws(ArchiveError) -> ByteBuffer? {
        guard !finished else { return nil }
        if walker == nil {
            let replaced = Set(context.generated.map(\.name))
            walker = try ContextWalker(root: context.directory, ignore: context.ignore, replacing: replaced)
        }
        var buffer = ByteBuffer()
        buffer.reserveCapacity(chunkSize + TarArchive.blockSize)
        while buffer.readableBytes < chunkSize {
            if file != nil {
                try copy(into: &buffer)
            } else if let entry = try walker?.next() {
                try start(entry, into: &buffer)
            } else {
                // The generated files, then the two zero blocks that end the archive.
                var tail = TarArchive()
                for generated in context.generated { tail.addFile(generated.name, contents: generated.contents) }
                buffer.writeBytes(tail.bytes)
                finished = true
                break
            }
        }
        return buffer
    }

    /// Writes `entry`'s headers, opening a regular file first so that one that cannot be read stops the
    /// archive before its header.
    private func start(_ entry: ContextEntry, into buffer: inout ByteBuffer) throws(ArchiveError) {
        switch entry.kind {
        case .directory:
            buffer.writeBytes(TarHeader(name: entry.path + "/", type: .directory, mode: entry.mode, size: 0, modified: entry.modified).blocks)
        case .symlink(let target):
            buffer.writeBytes(TarHeader(name: entry.path, type: .symlink, mode: entry.mode, size: 0, modified: entry.modified, linkTarget: target).blocks)
        case .file(let size):
            let full = context.directory + "/" + entry.path
            let descriptor = open(full, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw ArchiveError("cannot read \(full): \(ContextWalker.reason(errno))") }
            buffer.writeBytes(TarHeader(name: entry.path, type: .file, mode: entry.mode, size: size, modified: entry.modified).blocks)
            file = OpenFile(descriptor: descriptor, path: full, size: size, remaining: size)
            if size == 0 { try finishFile(into: &buffer) }
        }
    }

    /// Copies as much of the open file as fits the chunk; at its end, pads it and closes it.
    private func copy(into buffer: inout ByteBuffer) throws(ArchiveError) {
        guard var current = file else { return }
        let wanted = min(current.remaining, max(chunkSize - buffer.readableBytes, TarArchive.blockSize))
        var failure: Int32 = 0
        let count = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: wanted) { pointer in
            let read = systemRead(current.descriptor, pointer.baseAddress, wanted)
            if read < 0 { failure = errno }
            return max(read, 0)
        }
        if failure == EINTR { return }
        if failure != 0 { throw ArchiveError("cannot read \(current.path): \(ContextWalker.reason(failure))") }
        // The header promised `size` bytes: a file cut short while it is sent cannot be made whole.
        if count == 0 { throw ArchiveError("\(current.path) became shorter while it was sent") }
        current.remaining -= count
        file = current
        if current.remaining == 0 { try finishFile(into: &buffer) }
    }

    private func finishFile(into buffer: inout ByteBuffer) throws(ArchiveError) {
        guard let current = file else { return }
        close(current.descriptor)
        file = nil
        buffer.writeBytes(TarHeader.padding(after: current.size))
    }
}

// read(2), under a name the producer's own methods do not shadow.
#if canImport(Glibc)
private let systemRead = Glibc.read
#else
private let systemRead = Darwin.read
#endif
