import Testing

@testable import ComposeModel

@Suite struct ShellWordsTests {
    @Test(
        "command strings split like go-shellwords",
        arguments: [
            ("", []),
            ("   ", []),
            ("\"\"", [""]),
            ("echo \"hello world\" 'x y' a\\ b", ["echo", "hello world", "x y", "a b"]),
            ("a \"b\\\"c\" 'd\\e'", ["a", "b\"c", "d\\e"]),
            ("x \\\\", ["x", "\\"]),
            ("tab\tnew\nline\rcr", ["tab", "new", "line", "cr"]),
            ("echo a; rm x", ["echo", "a"]),
            ("cmd 2>&1", ["cmd"]),
            ("cmd a>b", ["cmd", "a"]),
            ("a|b&c<d", ["a"]),
            ("echo $$(date) b", ["echo", "$$(date)", "b"]),
            ("echo $(a \"b\" c) d", ["echo", "$(a \"b\" c)", "d"]),
            ("a`b c` d", ["a`b c`", "d"]),
            ("sh -c 'echo $HOME; exit 1'", ["sh", "-c", "echo $HOME; exit 1"]),
            ("a\"b\"'c'", ["abc"]),
            ("ünï 'çø dé'", ["ünï", "çø dé"]),
        ])
    func splits(_ input: String, _ expected: [String]) throws {
        #expect(try ShellWords.split(input) == expected)
    }

    @Test("unbalanced input is rejected", arguments: ["echo )", "a(b", "'open", "\"open", "x \\", "`tick", "$(x"])
    func rejects(_ input: String) {
        #expect(throws: ShellWordsError()) { try ShellWords.split(input) }
    }

    @Test("the error reads like go-shellwords")
    func message() {
        #expect(ShellWordsError().description == "invalid command line string")
    }
}
