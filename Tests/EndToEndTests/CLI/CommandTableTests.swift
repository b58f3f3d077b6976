import Foundation
import Testing

/// The README's "## Commands" table against `mixcompose help`: every subcommand has a row, and each row
/// lists exactly the flags its help shows (the global ones aside).
@Suite struct CommandTableTests {
    /// Options every subcommand takes (ProjectOptions, DaemonFlags, help); the README describes them once.
    static let global: Set<String> = [
        "-f", "--file", "-p", "--project-name", "--profile", "--env-file", "--project-directory", "--linux-host", "--windows-host",
        "--linux-context", "--windows-context", "--windows-standin", "--default-os", "--progress", "--version", "-h", "--help",
    ]

    static var repository: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// The subcommands `mixcompose --help` lists; a command with subcommands of its own (`stack`) stands for
    /// them (`stack deploy`, `stack ps`, …), which are the ones with flags and README rows.
    static func subcommands(_ binary: MixComposeBinary) -> [String] {
        listed(in: binary.run(["--help"], in: repository, environment: [:], timeout: 30, input: nil).stdout).flatMap { command in
            let nested = listed(in: binary.run(["help", command], in: repository, environment: [:], timeout: 30, input: nil).stdout)
            return nested.isEmpty ? [command] : nested.map { "\(command) \($0)" }
        }
    }

    /// The names under `SUBCOMMANDS:` in a help text.
    static func listed(in help: String) -> [String] {
        guard let start = help.range(of: "SUBCOMMANDS:") else { return [] }
        // Names start a line after two spaces; wrapped descriptions are indented further.
        let lines = help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        return lines.prefix { !$0.isEmpty }.compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
    }

    /// The code span of `command` in the first cell of its README row (a row may list several commands:
    /// `start`, `stop [-t N]`, …), or nil when there is none. `\|` inside a span is an escaped bar.
    static func span(of command: String, in readme: String) -> String? {
        for row in readme.split(separator: "\n") where row.hasPrefix("| `") {
            let cell = row.dropFirst(2).replacingOccurrences(of: "\\|", with: "/").split(separator: "|").first ?? ""
            let spans = cell.split(separator: "`").enumerated().filter { $0.offset % 2 == 0 }.map { String($0.element) }
            // The cell's text starts with a backtick, so the spans are the even pieces.
            if let span = spans.first(where: { $0 == command || $0.hasPrefix(command + " ") }) { return span }
        }
        return nil
    }

    /// Every `-x` and `--name` spelled in `text`.
    static func flags(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?<![\w-])--?[A-Za-z][A-Za-z-]*"#)
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    @Test("every subcommand has a README row that lists exactly the flags mixcompose help shows for it")
    func rowsMatchHelp() throws {
        let binary = try MixComposeBinary.require()
        let readme = try String(contentsOfFile: Self.repository + "/README.md", encoding: .utf8)
        let commands = Self.subcommands(binary)
        #expect(commands.count >= 29 && commands.contains("watch") && commands.contains("stack deploy"), "\(commands)")
        for command in commands {
            guard let span = Self.span(of: command, in: readme) else {
                Issue.record("no README row for \(command)")
                continue
            }
            let documented = Set(Self.flags(in: span))
            let help = binary.run(["help"] + command.split(separator: " ").map(String.init), in: Self.repository, environment: [:], timeout: 30, input: nil)
            #expect(help.status == 0, "\(help)")
            // An option line starts with its flag after two spaces (deeper lines continue a description);
            // it is the command's own when that flag is not a global one.
            let own = help.stdout.split(separator: "\n").filter { $0.hasPrefix("  -") }.map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { Self.flags(in: $0).first.map { !Self.global.contains($0) } == true }
            for line in own {
                #expect(!documented.isDisjoint(with: Self.flags(in: line)), "\(command): README row lacks \(line)")
            }
            let shown = Set(own.flatMap(Self.flags(in:)))
            #expect(documented.isSubset(of: shown), "\(command): README lists \(documented.subtracting(shown)) that help does not")
        }
    }

    @Test("every subcommand's --help and -h print what help prints for it, and exit 0", arguments: ["--help", "-h"])
    func helpFlagOnEverySubcommand(flag: String) throws {
        let binary = try MixComposeBinary.require()
        for command in Self.subcommands(binary) {
            let words = command.split(separator: " ").map(String.init)
            let help = binary.run(["help"] + words, in: Self.repository, environment: [:], timeout: 30, input: nil)
            let asked = binary.run(words + [flag], in: Self.repository, environment: [:], timeout: 30, input: nil)
            #expect(asked.status == 0 && asked.stdout == help.stdout && help.stdout.contains("USAGE:"), "\(command) \(flag): \(asked)")
        }
    }
}
