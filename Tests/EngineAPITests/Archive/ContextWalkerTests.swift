import Foundation
import Testing

@testable import EngineAPI

@Suite struct ContextWalkerTests {
    static let files = [
        "Dockerfile", "top.txt", "dir/keep.md", "dir/sub/keep.md", "dir/sub/other.txt", "a/sub/keep.md", "a/sub/x.txt",
        "sub/keep.md", "sub/y.txt", "other/z.txt",
    ]

    /// The paths a walk of the fixture sends with `patterns`, directories with a trailing `/`.
    private static func sent(_ patterns: [String], replacing replaced: Set<String> = []) throws -> [String] {
        let scratch = try ArchiveScratch()
        defer { scratch.remove() }
        for file in files { try scratch.write(file, file + "\n") }
        var walker = try ContextWalker(root: scratch.root, ignore: DockerIgnore(patterns: patterns), replacing: replaced)
        var paths: [String] = []
        while let entry = try walker.next() { paths.append(entry.kind == .directory ? entry.path + "/" : entry.path) }
        return paths
    }

    @Test("an exception with ** re-includes a file two directories inside an excluded one, with its directories")
    func reincludeAtDepth() throws {
        #expect(try Self.sent(["*", "!dir", "dir/**", "!dir/**/keep*"]) == ["dir/", "dir/keep.md", "dir/sub/", "dir/sub/keep.md"])
    }

    @Test("an exception with a leading ** re-includes files in every directory a suffix pattern excludes")
    func reincludeUnderSuffix() throws {
        #expect(try Self.sent(["**/sub", "!**/sub/keep.md"]) == [
            "Dockerfile", "a/", "a/sub/", "a/sub/keep.md", "dir/", "dir/keep.md", "dir/sub/", "dir/sub/keep.md", "other/", "other/z.txt",
            "sub/", "sub/keep.md", "top.txt",
        ])
    }

    @Test("a literal exception re-includes inside an excluded directory; the directory comes just before it")
    func literalException() throws {
        #expect(try Self.sent(["dir", "a", "sub", "other", "!dir/sub/other.txt"]) == [
            "Dockerfile", "dir/", "dir/sub/", "dir/sub/other.txt", "top.txt",
        ])
    }

    @Test("an excluded directory with nothing re-included inside it is not sent at all")
    func emptyExcludedDirectory() throws {
        #expect(try Self.sent(["*", "!top.txt", "!dir/none"]) == ["top.txt"])
    }

    @Test("names the build replaces are left out of the walk")
    func replaced() throws {
        #expect(try Self.sent(["a", "dir", "sub", "other"], replacing: ["Dockerfile"]) == ["top.txt"])
    }

    @Test("a symlink is sent as a link, not followed, with its target verbatim")
    func symlink() throws {
        let scratch = try ArchiveScratch()
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(atPath: scratch.root + "/link", withDestinationPath: "/etc/passwd")
        var walker = try ContextWalker(root: scratch.root, ignore: DockerIgnore())
        #expect(try walker.next()?.kind == .symlink(target: "/etc/passwd"))
        #expect(try walker.next() == nil)
    }
}
