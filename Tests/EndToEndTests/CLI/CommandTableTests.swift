import Foundation
import Testing

/// The README's "## Commands" table against `mixcompose help <command>`: every flag a row lists is in the help.
@Suite struct CommandTableTests {
    /// The first cell of the README row for `command`, or nil when there is none.
    static func row(of command: String) throws -> String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let line = readme.split(separator: "\n").first { $0.hasPrefix("| `\(command) ") }
        // The cell is one code span; `\|` inside it is not a cell boundary.
        guard let line, let end = line.range(of: "` | ") else { return nil }
        return String(line[..<end.lowerBound])
    }

    /// The flags a usage text names: `-x` and `--long-name`.
    static func flags(in text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"(?<![A-Za-z0-9-])--?[A-Za-z][A-Za-z-]*"#)
        let range = NSRange(text.startIndex..., in: text)
        return Set(pattern.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } })
    }

    @Test("the README rows of run and create list flags that mixcompose help shows", arguments: ["run", "create"])
    func rowMatchesHelp(command: String) throws {
        let row = try #require(try Self.row(of: command), "no README row for \(command)")
        let help = try MixComposeBinary.require().run(["help", command], in: NSTemporaryDirectory(), environment: [:], timeout: 30, input: nil)
        #expect(help.status == 0, "\(help)")
        let listed = Self.flags(in: row)
        #expect(listed.count > 3, "\(row)")
        for flag in listed.sorted() {
            #expect(help.stdout.contains("\(flag),") || help.stdout.contains("\(flag) ") || help.stdout.contains("\(flag)\n"), "\(flag) is not in `help \(command)`")
        }
    }
}
