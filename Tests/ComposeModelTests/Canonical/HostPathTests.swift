import Testing
@testable import ComposeModel

@Suite struct HostPathTests {
    static let mountSources: [(String, String)] = [
        ("./data", "/proj/data"),
        ("../up", "/up"),
        ("data/", "/proj/data"),
        ("~/cfg", "/home/me/cfg"),
        ("~", "/home/me"),
        ("/abs//x/", "/abs//x/"),
        (#"C:\data"#, #"C:\data"#),
        ("c:/x", "c:/x"),
        (#"\\server\share"#, #"\\server\share"#),
        (#".\rel"#, #"/proj/.\rel"#),
        ("C:rel", "/proj/C:rel"),
    ]

    @Test("bind sources resolve like compose-go maybeUnixPath", arguments: mountSources)
    func mountSource(source: String, expected: String) {
        #expect(HostPath.absoluteMountSource(source, base: "/proj", home: "/home/me") == expected)
    }

    static let cleaned: [(String, String)] = [
        ("/rel/", "/rel"), ("/a/./b/../c", "/a/c"), ("//x", "/x"), ("/..", "/"), ("a/../..", ".."), ("", "."),
        (#"C:\app"#, #"C:\app"#),
        ("abc/def/..", "abc"), ("abc/../..", ".."), ("/abc/../..", "/"), ("abc/./../def", "def"),
        ("../../abc", "../../abc"), ("/../abc", "/abc"), ("abc/def/../ghi/../jkl", "abc/jkl"), ("abc/./def/..", "abc"),
        ("./a//b/", "a/b"), ("a/..", "."), ("..", ".."), ("../a/..", ".."), ("/proj/./data/svc0", "/proj/data/svc0"),
    ]

    @Test("targets are cleaned like Go path.Clean", arguments: cleaned)
    func clean(path: String, expected: String) {
        #expect(HostPath.clean(path) == expected)
    }

    @Test("build contexts that name remotes stay as written")
    func buildContexts() {
        for remote in ["https://github.com/a/b.git", "git@github.com:a/b", "github.com/a/b", "service:base", "docker-image://alpine"] {
            #expect(HostPath.absoluteBuildContext(remote, base: "/proj", home: "/h") == remote)
        }
        #expect(HostPath.absoluteBuildContext("./app", base: "/proj", home: "/h") == "/proj/app")
    }
}
