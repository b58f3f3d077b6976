import Testing

@testable import EngineAPI

@Suite struct DockerIgnoreTests {
    /// One pattern rule: the patterns, a path, and whether the path is excluded (with its parents checked).
    struct Rule: Sendable, CustomTestStringConvertible {
        var rule: String
        var patterns: [String]
        var path: String
        var excluded: Bool
        var testDescription: String { "\(rule): \(patterns) on \(path)" }

        init(_ rule: String, _ patterns: [String], _ path: String, _ excluded: Bool) {
            (self.rule, self.patterns, self.path, self.excluded) = (rule, patterns, path, excluded)
        }
    }

    static let rules: [Rule] = [
        Rule("an exact name excludes that file", ["README.md"], "README.md", true),
        Rule("an exact name is not a prefix", ["docs"], "documents/a.txt", false),
        Rule("a directory's name excludes its whole subtree", ["docs"], "docs/a/b.txt", true),
        Rule("* stops at a slash", ["*.md"], "docs/guide.md", false),
        Rule("* matches within one name", ["*.md"], "README.md", true),
        Rule("*/ spans exactly one directory", ["*/temp*"], "src/temporary.txt", true),
        Rule("*/ does not span two directories", ["*/temp*"], "src/deep/temporary.txt", false),
        Rule("? is one character", ["te?t"], "test", true),
        Rule("? is not a slash", ["te?t"], "te/t", false),
        Rule("a leading **/ matches at any depth", ["**/*.md"], "docs/guide.md", true),
        Rule("a leading **/ matches at the top too", ["**/*.md"], "README.md", true),
        Rule("a leading ** with a literal is a suffix", ["**/node_modules"], "web/app/node_modules/x/index.js", true),
        Rule("a leading ** without slash is a plain suffix, as patternmatcher's shortcut", ["**sub"], "xsub", true),
        Rule("a trailing /** matches what is inside", ["a/**"], "a/b/c", true),
        Rule("a trailing /** does not match the directory itself", ["a/**"], "a", false),
        Rule("a trailing ** without slash is a plain prefix", ["dir**"], "directory/x", true),
        Rule("a middle /**/ may span nothing", ["a/**/z"], "a/z", true),
        Rule("a middle /**/ spans directories", ["a/**/z"], "a/b/c/z", true),
        Rule("a middle ** not followed by a slash still ends at one", ["a**b"], "axb", false),
        Rule("** alone matches everything", ["**"], "any/thing", true),
        Rule("a class matches one of its characters", ["[a-c].txt"], "b.txt", true),
        Rule("a class matches nothing else", ["[a-c].txt"], "d.txt", false),
        Rule("a negated class excludes its characters", ["[^a].txt"], "a.txt", false),
        Rule("a negated class matches others", ["[^a].txt"], "b.txt", true),
        Rule("a negated class, as a regular expression, matches a slash", ["a[^x]b"], "a/b", true),
        Rule("a backslash escapes a wildcard", ["\\*.txt"], "*.txt", true),
        Rule("an escaped wildcard is literal", ["\\*.txt"], "a.txt", false),
        Rule("a backslash escapes a class", ["\\[x]"], "[x]", true),
        Rule("a leading / means the context root", ["/secret.txt"], "secret.txt", true),
        Rule("a leading / still reaches inside", ["/build"], "build/out.o", true),
        Rule("./ and .. are cleaned away", ["./build/../out/"], "out/x", true),
        Rule("a trailing / is cleaned away and matches a file too", ["out/"], "out", true),
        Rule("a pattern climbing out of the context matches nothing", ["../x"], "x", false),
        Rule("dots are literal", ["x.y"], "xzy", false),
        Rule("regular-expression characters are literal", ["a+(b)|{c}$"], "a+(b)|{c}$", true),
        Rule("an exception re-includes a file", ["*.txt", "!keep.txt"], "keep.txt", false),
        Rule("an exception leaves others excluded", ["*.txt", "!keep.txt"], "other.txt", true),
        Rule("the last matching pattern wins", ["*.txt", "!keep.txt", "keep*"], "keep.txt", true),
        Rule("an exception re-includes inside an excluded directory", ["dir", "!dir/keep"], "dir/keep", false),
        Rule("an exception leaves the rest of the directory excluded", ["dir", "!dir/keep"], "dir/other", true),
        Rule("an exception with ** re-includes at depth", ["*", "!dir", "dir/**", "!dir/**/keep*"], "dir/sub/keep.md", false),
        Rule("an exception with a leading ** re-includes under a suffix-excluded directory", ["**/sub", "!**/sub/keep.md"], "a/sub/keep.md", false),
        Rule("an exception spaced from its ! still counts", ["*.log", "! important.log"], "important.log", false),
    ]

    @Test("each pattern rule excludes as moby's patternmatcher does", arguments: rules)
    func excludes(rule: Rule) throws {
        #expect(try DockerIgnore(patterns: rule.patterns).excludes(rule.path) == rule.excluded)
        #expect(try DockerIgnore(patterns: rule.patterns).match(rule.path, parent: nil).excluded == rule.excluded)
    }

    @Test("a .dockerignore file: BOM dropped, # only in the first column is a comment, blank lines skipped, patterns trimmed")
    func fileContents() throws {
        let ignore = try DockerIgnore(fileContents: "\u{FEFF}# a comment\n\n  *.log  \r\n!important.log\n  # not a comment\n\t\n")
        #expect(ignore.patterns.map(\.text) == ["*.log", "important.log", "# not a comment"])
        #expect(ignore.excludes("debug.log"))
        #expect(!ignore.excludes("important.log"))
        #expect(!ignore.excludes("# a comment"))
        #expect(ignore.excludes("# not a comment"))
    }

    @Test("a parent's match carries to its children, as BuildKit's walk matches with parent results")
    func parentResults() throws {
        let ignore = try DockerIgnore(patterns: ["*", "!dir", "dir/**", "!dir/**/keep*"])
        let dir = ignore.match("dir", parent: nil)
        #expect(!dir.excluded)
        let sub = ignore.match("dir/sub", parent: dir.matched)
        #expect(sub.excluded)
        #expect(!ignore.match("dir/sub/keep.md", parent: sub.matched).excluded)
        #expect(ignore.match("dir/sub/other.txt", parent: sub.matched).excluded)
    }

    @Test("an excluded directory is walked when a wildcard exception could re-include something in it")
    func descendForWildcardExceptions() throws {
        let ignore = try DockerIgnore(patterns: ["**/sub", "!**/sub/keep.md"])
        #expect(ignore.mustDescend(into: "a/sub"))
        #expect(ignore.sends("a/sub/keep.md"))
        #expect(ignore.sends("sub/keep.md"))
        #expect(!ignore.sends("sub/other.md"))
    }

    @Test("without wildcard exceptions an excluded directory is walked only when an exception lies inside it")
    func descendForLiteralExceptions() throws {
        let ignore = try DockerIgnore(patterns: ["dir", "other", "!dir/keep/**"])
        #expect(ignore.mustDescend(into: "dir"))
        #expect(ignore.mustDescend(into: "dir/keep"))
        #expect(!ignore.mustDescend(into: "other"))
        #expect(!ignore.mustDescend(into: "dir/else"))
        #expect(try !DockerIgnore(patterns: ["dir"]).mustDescend(into: "dir"))
    }

    @Test("a lone ! is an illegal pattern")
    func loneBang() {
        #expect(throws: ArchiveError("illegal exclusion pattern: \"!\"")) { try DockerIgnore(patterns: ["a", " ! "]) }
    }

    @Test("an unclosed character class is a syntax error")
    func unclosedClass() {
        #expect(throws: ArchiveError("syntax error in pattern a[b")) { try DockerIgnore(patterns: ["a[b"]) }
    }
}
