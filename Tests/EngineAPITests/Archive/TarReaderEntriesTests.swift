import EngineAPI
import Testing

@Suite struct TarReaderEntriesTests {
    @Test("entries reads back files, directories and links, long names through PAX, with modes and owners")
    func roundTrip() throws {
        var archive = TarArchive()
        let long = "dir/" + String(repeating: "n", count: 120)
        archive.addDirectory("dir", mode: 0o750)
        archive.addFile("dir/a.txt", contents: Array("hello".utf8), mode: 0o600, uid: 7, gid: 8)
        archive.addFile(long, contents: [1, 2, 3])
        archive.addSymlink("dir/link", target: "a.txt")
        let entries = try #require(TarReader.entries(in: archive.bytes))
        #expect(entries.map(\.path) == ["dir", "dir/a.txt", long, "dir/link"])
        #expect(entries.map(\.kind) == [.directory, .file, .file, .symlink])
        #expect(entries[0].mode == 0o750 && entries[1].mode == 0o600 && entries[1].uid == 7 && entries[1].gid == 8)
        #expect(entries[1].contents == Array("hello".utf8) && entries[2].contents == [1, 2, 3])
        #expect(entries[3].linkTarget == "a.txt")
        #expect(TarReader.entries(in: Array(archive.bytes.prefix(600))) == nil)
    }
}
