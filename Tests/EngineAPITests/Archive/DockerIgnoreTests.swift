import Testing

@testable import EngineAPI

@Suite struct DockerIgnoreTests {
    @Test("patterns exclude paths as the docker CLI's matcher does", arguments: [
        (["*.md"], "README.md", true),
        (["*.md"], "docs/guide.md", false),
        (["**/*.md"], "docs/guide.md", true),
        (["**/*.md"], "README.md", true),
        (["**/node_modules"], "web/app/node_modules/x/index.js", true),
        (["docs"], "docs/a/b.txt", true),
        (["docs"], "documents/a.txt", false),
        (["/secret.txt"], "secret.txt", true),
        (["te?t"], "test", true),
        (["te?t"], "te/t", false),
        (["a/**"], "a/b/c", true),
        (["a/**"], "a", false),
        (["a/**/z"], "a/z", true),
        (["a/**/z"], "a/b/c/z", true),
        (["**"], "any/thing", true),
        (["*/temp*"], "src/temporary.txt", true),
        (["*/temp*"], "src/deep/temporary.txt", false),
        (["[a-c].txt"], "b.txt", true),
        (["[a-c].txt"], "d.txt", false),
        (["[^a].txt"], "a.txt", false),
        (["\\*.txt"], "*.txt", true),
        (["\\*.txt"], "a.txt", false),
        (["./build/../out/"], "out/x", true),
        (["*.txt", "!keep.txt"], "keep.txt", false),
        (["*.txt", "!keep.txt"], "other.txt", true),
        (["*.txt", "!keep.txt", "keep*"], "keep.txt", true),
        (["dir", "!dir/keep"], "dir/keep", false),
        (["dir", "!dir/keep"], "dir/other", true),
        (["x.y"], "xzy", false),
    ])
    func excludes(patterns: [String], path: String, excluded: Bool) throws {
        #expect(try DockerIgnore(patterns: patterns).excludes(path) == excluded)
    }

    @Test("a .dockerignore file skips comments and blank lines and trims each pattern")
    func fileContents() throws {
        let ignore = try DockerIgnore(fileContents: "\u{FEFF}# a comment\n\n  *.log  \r\n!important.log\n")
        #expect(ignore.patterns.map(\.text) == ["*.log", "important.log"])
        #expect(ignore.excludes("debug.log"))
        #expect(!ignore.excludes("important.log"))
        #expect(!ignore.excludes("# a comment"))
    }

    @Test("an excluded directory is still walked only when an exception names something inside it")
    func descend() throws {
        let ignore = try DockerIgnore(patterns: ["dir", "other", "!dir/keep"])
        #expect(ignore.mustDescend(into: "dir"))
        #expect(!ignore.mustDescend(into: "other"))
    }

    @Test("the Dockerfile and .dockerignore are kept even when a pattern excludes them")
    func keepsBuildFiles() throws {
        let ignore = try DockerIgnore(patterns: ["*", "!src"]).keeping(["docker/Dockerfile", ".dockerignore"])
        #expect(!ignore.excludes("docker/Dockerfile"))
        #expect(!ignore.excludes(".dockerignore"))
        #expect(ignore.excludes("docker/other"))
        #expect(!ignore.excludes("src/main.c"))
    }

    @Test("a lone ! is an illegal pattern")
    func loneBang() {
        #expect(throws: ArchiveError("illegal exclusion pattern: \"!\"")) { try DockerIgnore(patterns: ["a", " ! "]) }
    }
}
