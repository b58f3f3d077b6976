import Testing

@testable import ComposeModel

@Suite struct PathsTests {
    @Test("clean collapses dots, double slashes and trailing slashes as Go's path.Clean does", arguments: [
        ("/a/./b/../c/", "/a/c"), ("a//b", "a/b"), ("", "."), ("../x", "../x"), ("/..", "/"), ("a/..", "."),
    ])
    func clean(input: String, expected: String) {
        #expect(Paths.clean(input) == expected)
    }

    @Test("marks name a file relative to the working directory when inside it, else absolute", arguments: [
        ("/p/compose.yaml", "/p", "compose.yaml"), ("/p/sub/c.yaml", "/p/", "sub/c.yaml"), ("/other/c.yaml", "/p", "/other/c.yaml"),
        ("/pp/c.yaml", "/p", "/pp/c.yaml"), ("-", "/p", "-"), ("/etc/c.yaml", "/", "etc/c.yaml"), ("/p", "/p", "/p"),
    ])
    func display(path: String, cwd: String, expected: String) {
        #expect(Paths.display(path, cwd: cwd) == expected)
    }

    @Test("a relative path joins the base; an absolute one stays")
    func absolute() {
        #expect(Paths.absolute("data", base: "/p") == "/p/data")
        #expect(Paths.absolute("/x/./y", base: "/p") == "/x/y")
        #expect(Paths.absolute("../up", base: "/p/q") == "/p/up")
    }

    @Test("directory and base name follow filepath.Dir and filepath.Base")
    func directoryAndBase() {
        #expect(Paths.directory("/a/b/compose.yaml") == "/a/b")
        #expect(Paths.directory("/compose.yaml") == "/")
        #expect(Paths.base("/a/My Dir/") == "My Dir")
    }

    @Test("Windows drive and UNC paths count as absolute")
    func windowsAbsolute() {
        #expect(Paths.isAbsoluteAnywhere("C:\\data"))
        #expect(Paths.isAbsoluteAnywhere("\\\\server\\share"))
        #expect(!Paths.isAbsoluteAnywhere(".\\rel"))
    }
}
