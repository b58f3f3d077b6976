import Foundation
import Runner
import Testing

@Suite struct InotifyWatcherTests {
    /// The inotify descriptors this process holds.
    private static func inotifyDescriptors() -> Int {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return entries.filter { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)) == "anon_inode:inotify" }.count
    }

    @Test("edits, new files in new directories and deletions below a watched directory are reported; stopping releases the descriptors")
    func reportsAndReleases() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mxc-inotify-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/old", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let before = Self.inotifyDescriptors()
        let changes = try InotifyWatcher().changes(below: [directory, directory + "/later/file.txt"])
        #expect(Self.inotifyDescriptors() == before + 1)
        let expected: Set<String> = [directory + "/old/a.txt", directory + "/new/deep", directory + "/new/deep/b.txt"]
        let seen = SeenPaths()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for try await path in changes { await seen.insert(path) }
            }
            try "a".write(toFile: directory + "/old/a.txt", atomically: false, encoding: .utf8)
            try FileManager.default.createDirectory(atPath: directory + "/new/deep", withIntermediateDirectories: true)
            try "b".write(toFile: directory + "/new/deep/b.txt", atomically: false, encoding: .utf8)
            try FileManager.default.removeItem(atPath: directory + "/old/a.txt")
            // Generous: a loaded machine may be slow, but the events come.
            for _ in 0..<300 where !expected.isSubset(of: await seen.paths) { try await Task.sleep(for: .milliseconds(100)) }
            // As Ctrl-C does: the consuming task is cancelled.
            group.cancelAll()
        }
        let paths = await seen.paths
        #expect(expected.isSubset(of: paths), "\(paths)")
        // The consumer stopped iterating: the watcher's thread closes its descriptors.
        for _ in 0..<50 where Self.inotifyDescriptors() > before { try await Task.sleep(for: .milliseconds(100)) }
        #expect(Self.inotifyDescriptors() == before)
    }
}

/// The paths a watcher reported so far.
private actor SeenPaths {
    var paths: Set<String> = []
    func insert(_ path: String) { paths.insert(path) }
}
