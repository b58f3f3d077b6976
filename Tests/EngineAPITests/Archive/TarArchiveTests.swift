import Foundation
import Testing

@testable import EngineAPI

@Suite struct TarArchiveTests {
    @Test("a streamed directory archive extracts with /bin/tar to the same files, contents, modes and links")
    func directoryRoundTrip() async throws {
        let scratch = try ArchiveScratch()
        defer { scratch.remove() }
        let longDirectory = String(repeating: "d", count: 60) + "/" + String(repeating: "e", count: 60)
        try scratch.write("context/hello.txt", "hello\n")
        try scratch.write("context/bin/run.sh", "#!/bin/sh\necho run\n", mode: 0o755)
        try scratch.write("context/\(longDirectory)/file-with-a-long-path.txt", "deep\n")
        try scratch.write("context/héllo wörld.txt", "unicode\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.root + "/context/link", withDestinationPath: "hello.txt")
        try FileManager.default.createDirectory(atPath: scratch.root + "/context/empty", withIntermediateDirectories: false)

        // A chunk smaller than most entries, so headers and file data straddle chunk boundaries.
        let archive = try await BuildContext(directory: scratch.root + "/context").stream(chunkSize: 700).bytes()
        #expect(archive.count % 512 == 0)
        #expect(try scratch.extract(archive, into: "out") == 0)

        #expect(try scratch.listing("out") == scratch.listing("context"))
        #expect(try scratch.read("out/hello.txt") == "hello\n")
        #expect(try scratch.read("out/\(longDirectory)/file-with-a-long-path.txt") == "deep\n")
        #expect(try scratch.read("out/héllo wörld.txt") == "unicode\n")
        let mode = try FileManager.default.attributesOfItem(atPath: scratch.root + "/out/bin/run.sh")[.posixPermissions] as? Int
        #expect(mode == 0o755)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.root + "/out/link") == "hello.txt")
    }

    @Test("names and link targets over 100 bytes survive through PAX records")
    func longNames() throws {
        let scratch = try ArchiveScratch()
        defer { scratch.remove() }
        let name = String(repeating: "n", count: 150) + ".txt"
        let target = String(repeating: "t", count: 120)
        var archive = TarArchive()
        archive.addFile(name, contents: Array("long\n".utf8), mode: 0o600)
        archive.addSymlink("far", target: target)
        #expect(try scratch.extract(archive.bytes, into: "out") == 0)
        #expect(try scratch.listing("out") == ["far", name])
        #expect(try scratch.read("out/\(name)") == "long\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.root + "/out/far") == target)
    }

    @Test("a PAX record's length counts its own digits", arguments: [
        ("path", "a", "9 path=a\n"),
        ("path", "ab", "11 path=ab\n"),
        ("path", String(repeating: "x", count: 90), "99 path=\(String(repeating: "x", count: 90))\n"),
        ("path", String(repeating: "x", count: 91), "101 path=\(String(repeating: "x", count: 91))\n"),
    ])
    func paxRecordLength(key: String, value: String, expected: String) {
        #expect(String(decoding: TarHeader.paxRecord(key, value), as: UTF8.self) == expected)
    }

    @Test("a context that is not a directory is refused with its path")
    func missingContext() {
        #expect(throws: ArchiveError("build context /nonexistent/ctx is not a directory")) {
            try BuildContext(directory: "/nonexistent/ctx")
        }
    }

    @Test("a file's numeric owner and mode are written into its header")
    func ownerAndMode() throws {
        let scratch = try ArchiveScratch()
        defer { scratch.remove() }
        var archive = TarArchive()
        archive.addFile("run/secrets/token", contents: Array("s3cret".utf8), mode: 0o400, uid: 1000, gid: 1001)
        let file = scratch.root + "/owned.tar"
        try Data(archive.bytes).write(to: URL(fileURLWithPath: file))
        let tar = Process()
        let output = Pipe()
        tar.executableURL = URL(fileURLWithPath: "/bin/tar")
        tar.arguments = ["--numeric-owner", "-tvf", file]
        tar.standardOutput = output
        try tar.run()
        tar.waitUntilExit()
        let listing = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let fields = listing.split(separator: " ", omittingEmptySubsequences: true).prefix(3)
        #expect(fields == ["-r--------", "1000/1001", "6"], "\(listing)")
        #expect(listing.contains("run/secrets/token"), "\(listing)")
    }
}
