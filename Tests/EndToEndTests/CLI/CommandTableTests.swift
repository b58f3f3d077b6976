import Foundation
import Testing

/// The README's command table against `mixcompose help <command>`.
@Suite struct CommandTableTests {
    /// The options `help` lists for every command (project and daemon options, `--help`).
    static func shared() throws -> Set<String> {
        try flags(in: MixComposeBinary.require().run(["help"]).stdout).union(["-h", "--help", "--version"])
    }

    /// Every `-x`/`--long` option word in `text`.
    static func flags(in text: String) -> Set<String> {
        let pattern = try? NSRegularExpression(pattern: #"(?<![\w-])--?[A-Za-z][\w-]*"#)
        let range = NSRange(text.startIndex..., in: text)
        return Set((pattern?.matches(in: text, range: range) ?? []).compactMap { Range($0.range, in: text).map { String(text[$0]) } })
    }

    /// Each option `help` lists, as the set of its spellings (`-q`, `--quiet`), leaving out the shared ones.
    static func options(of command: String) throws -> [Set<String>] {
        let help = try MixComposeBinary.require().run(["help", command])
        let shared = try shared()
        let section = help.stdout.components(separatedBy: "OPTIONS:").last ?? ""
        return section.split(separator: "\n").compactMap { line -> Set<String>? in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("-") else { return nil }
            // The spellings come before the description, which starts after two spaces.
            let spellings = flags(in: String(trimmed.components(separatedBy: "  ").first ?? ""))
            return spellings.isDisjoint(with: shared) ? spellings : nil
        }
    }

    @Test("build, pull, push, ls, events and cp: the README row lists exactly the options `help` lists", arguments: ["build", "pull", "push", "ls", "events", "cp"])
    func rowMatchesHelp(command: String) throws {
        let readme = try String(contentsOfFile: MixComposeBinary.repository + "/README.md", encoding: .utf8)
        let row = try #require(readme.split(separator: "\n").first { $0.hasPrefix("| `\(command) ") }, "no README row for \(command)")
        // Cells are split on `|` that is not escaped (`table\|json`).
        let cells = row.replacingOccurrences(of: "\\|", with: "\u{1}").split(separator: "|", omittingEmptySubsequences: true)
        let usage = Self.flags(in: String(cells.first ?? "")).subtracting(["-"])
        let options = try Self.options(of: command)
        #expect(!options.isEmpty)
        for option in options { #expect(!option.isDisjoint(with: usage), "help lists \(option.sorted()), README's row does not: \(row)") }
        for flag in usage { #expect(options.contains { $0.contains(flag) }, "README's row lists \(flag), help does not") }
    }
}
