import Foundation
import Testing

@testable import mixcompose

/// What the container commands read from their command line and stdin, and the README's rows for them.
@Suite struct ContainerCommandInputTests {
    @Test("-f after rm means --force, alone or among rm's short flags, while -f before rm stays --file")
    func removeForce() {
        #expect(ComposeArguments.normalized(["-f", "a.yaml", "rm", "-f", "web"]) == ["-f", "a.yaml", "rm", "--force", "web"])
        #expect(ComposeArguments.normalized(["rm", "-sfv"]) == ["rm", "-s", "--force", "-v"])
        #expect(ComposeArguments.normalized(["rm", "-sv", "-x"]) == ["rm", "-sv", "-x"])
        #expect(ComposeArguments.normalized(["kill", "-f", "a.yaml"]) == ["kill", "-f", "a.yaml"])
    }

    @Test("rm's question takes Compose's yes: y or yes on a terminal; y, 1, t or true from a pipe, so no input is a no")
    func confirmation() {
        #expect(Confirmation.accepts("y", terminal: true) && Confirmation.accepts("YES", terminal: true))
        #expect(!Confirmation.accepts("true", terminal: true) && !Confirmation.accepts("", terminal: true))
        for yes in ["y", "Y", "1", "t", "TRUE", " true extra"] { #expect(Confirmation.accepts(yes, terminal: false), "\(yes)") }
        for no in ["", "yes", "n", "0", "false", "ok"] { #expect(!Confirmation.accepts(no, terminal: false), "\(no)") }
    }

    @Test("port reads its private port as Compose's ParseUint does, with Compose's messages")
    func privatePort() throws {
        #expect(try MixCompose.PortCommand.privatePort("80") == 80)
        #expect(try MixCompose.PortCommand.privatePort("65535") == 65535)
        #expect(throws: CommandInputError.self) { try MixCompose.PortCommand.privatePort("-1") }
        #expect((try? MixCompose.PortCommand.privatePort("65536")) == nil)
        do {
            _ = try MixCompose.PortCommand.privatePort("70000")
        } catch {
            #expect(error.description == "strconv.ParseUint: parsing \"70000\": value out of range")
        }
        do {
            _ = try MixCompose.PortCommand.privatePort("http")
        } catch {
            #expect(error.description == "strconv.ParseUint: parsing \"http\": invalid syntax")
        }
    }

    @Test("the README's command table lists the flags `mixcompose help` shows for each container and image command, ls, events and cp, and no others")
    func readmeMatchesHelp() throws {
        let binary = try MixComposeBinary.require()
        let readme = try String(contentsOfFile: Self.repository + "/README.md", encoding: .utf8)
        for command in ["port", "top", "kill", "rm", "pause", "unpause", "wait", "images", "build", "pull", "push", "ls", "events", "cp"] {
            let row = try #require(
                readme.split(separator: "\n").first { $0.hasPrefix("| `\(command) ") || $0.hasPrefix("| `\(command)`") },
                "no README row for \(command)")
            // The first cell; `\|` inside it is an escaped bar, not a cell's end.
            let cells = row.replacingOccurrences(of: "\\|", with: "/").split(separator: "|", omittingEmptySubsequences: false)
            let cell = cells.count > 1 ? String(cells[1]) : ""
            let documented = Set(Self.flags(in: cell))
            let help = binary.run(["help", command], in: Self.repository, environment: [:], timeout: 30, input: nil)
            // A line is the command's own when the option it introduces is not a global one.
            let own = Self.optionLines(help.stdout).filter { line in Self.flags(in: line).first.map { !Self.global.contains($0) } ?? false }
            for line in own {
                #expect(!documented.isDisjoint(with: Self.flags(in: line)), "\(command): README row lacks \(line)")
            }
            let shown = Set(own.flatMap(Self.flags(in:)))
            #expect(documented.isSubset(of: shown), "\(command): README lists \(documented.subtracting(shown)) that help does not")
        }
    }

    static let global: Set<String> = [
        "-f", "--file", "-p", "--project-name", "--profile", "--env-file", "--project-directory", "--linux-host", "--windows-host",
        "--linux-context", "--windows-context", "--windows-standin", "--default-os", "--progress", "--version", "-h", "--help",
    ]

    static var repository: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// The option lines of a help text (those starting with a flag).
    static func optionLines(_ help: String) -> [String] {
        help.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("-") }
    }

    /// Every `-x` and `--name` spelled in `text`.
    static func flags(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?<![\w-])--?[A-Za-z][A-Za-z-]*"#)
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }
}
