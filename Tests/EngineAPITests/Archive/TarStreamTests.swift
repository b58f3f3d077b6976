import Foundation
import NIOCore
import Testing

@testable import EngineAPI

@Suite struct TarStreamTests {
    @Test("a context several times larger than a chunk comes out lazily in bounded chunks")
    func boundedChunks() async throws {
        let scratch = try ArchiveScratch()
        defer { scratch.remove() }
        try scratch.write("big.bin", String(repeating: "x", count: 300_000))
        try scratch.write("small.txt", "s\n")
        var sizes: [Int] = []
        for try await chunk in try BuildContext(directory: scratch.root).stream(chunkSize: 16 << 10) { sizes.append(chunk.readableBytes) }
        // Each file: a header block and its data padded to whole blocks; then two zero blocks.
        let expected: Int = 512 + 300_032 + 512 + 512 + 1024
        #expect(sizes.reduce(0, +) == expected)
        // A chunk overshoots its size by at most one entry's headers.
        #expect(sizes.allSatisfy { $0 <= (16 << 10) + 1536 })
        #expect(sizes.count >= 18)
    }

    @Test("a file that shrinks while it is sent ends the stream with an error naming it")
    func shrinkingFile() async throws {
        let scratch = try ArchiveScratch()
        defer { scratch.remove() }
        try scratch.write("a.bin", String(repeating: "a", count: 4096))
        let stream = try BuildContext(directory: scratch.root).stream(chunkSize: 1024)
        var iterator = stream.makeAsyncIterator()
        _ = try await iterator.next()
        try FileHandle(forWritingAtPath: scratch.root + "/a.bin")?.truncate(atOffset: 100)
        await #expect(throws: ArchiveError("\(scratch.root)/a.bin became shorter while it was sent")) {
            while try await iterator.next() != nil {}
        }
        #expect(stream.failure == ArchiveError("\(scratch.root)/a.bin became shorter while it was sent"))
    }

    @Test("a file over 8 GiB gets a PAX size record, as its size overflows the ustar field")
    func hugeFileHeader() {
        let size = 9 << 30
        let header = TarHeader(name: "huge.bin", type: .file, mode: 0o644, size: size, modified: 0)
        let blocks = header.blocks
        #expect(blocks.count == 3 * 512)
        #expect(String(decoding: blocks[512..<1024].prefix { $0 != 0 }, as: UTF8.self) == "19 size=\(size)\n")
    }

    @Test("a 2.5 GiB sparse file streams through without the process holding it: peak memory stays far below it")
    func largeContextStreams() async throws {
        let scratch = try ArchiveScratch()
        defer { scratch.remove() }
        let size = 5 << 29
        // Sparse: no disk is used, and reading it is cheap.
        try scratch.sparse("large.bin", size: size)
        var total = 0
        for try await chunk in try BuildContext(directory: scratch.root).stream() { total += chunk.readableBytes }
        #expect(total == 512 + size + 1024)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        // ru_maxrss is in KiB: the whole process, test runner included, stays under 1 GiB.
        #expect(usage.ru_maxrss < 1 << 20, "peak resident memory \(usage.ru_maxrss) KiB")
    }
}
