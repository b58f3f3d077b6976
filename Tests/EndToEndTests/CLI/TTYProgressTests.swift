import Foundation
import Testing

/// `up` in a real terminal (a tmux pane): progress is one block redrawn in place, ending with a
/// `[+] Running n/n` header and a `✔` line per resource, as Docker Compose shows it.
@Suite(.enabled(if: Testbed.shouldRun)) struct TTYProgressTests {
    static let compose = """
        services:
          web:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            init: true
            command: [sleep, '3600']
          proxy:
            image: \(Testbed.busyboxImage)
            init: true
            command: [sleep, '3600']
            depends_on: [web]
        """

    @Test("up -d on a terminal ends with one redrawn block: the done count and a ✔ line per resource")
    func finalBlock() throws {
        guard let tmux = TmuxPane.executable() else { return }
        try RuntimeProject.with(Self.compose) { project in
            let binary = try MixComposeBinary.require()
            let environment = project.environment.map { "\($0.key)=\(Self.quoted($0.value))" }.sorted().joined(separator: " ")
            let script = "cd \(Self.quoted(project.files.directory)) && env -u COMPOSE_PROGRESS \(environment) "
                + "\(Self.quoted(binary.path)) -p \(project.name) up -d; echo \"mixcompose exited $?\"; sleep 20"
            let pane = try TmuxPane(tmux: tmux, script: script, columns: 150, rows: 40)
            defer { pane.kill() }
            let screen = pane.waitFor("mixcompose exited", seconds: 120)
            #expect(screen.contains("mixcompose exited 0"), "\(screen)")
            let lines = screen.split(separator: "\n").map(String.init)
            let headers = lines.filter { $0.hasPrefix("[+] Running ") }
            #expect(headers.count == 1, "the block was printed again instead of redrawn:\n\(screen)")
            let rows = lines.filter { $0.hasPrefix(" ✔ ") }
            #expect(headers.first == "[+] Running \(rows.count)/\(rows.count)", "\(screen)")
            let web = try Regex(#"^ ✔ Container \#(project.name)-web-1 \(windows\) +Started +\d+\.\ds$"#)
            let proxy = try Regex(#"^ ✔ Container \#(project.name)-proxy-1 \(linux\) +Started +\d+\.\ds$"#)
            #expect(rows.contains { $0.wholeMatch(of: web) != nil }, "\(screen)")
            #expect(rows.contains { $0.wholeMatch(of: proxy) != nil }, "\(screen)")
            #expect(!screen.contains { ProgressSpinner.frames.contains($0) }, "a spinner was left on screen:\n\(screen)")
        }
    }

    /// `text` as one single-quoted shell word.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}

/// The spinner frames the live block uses (Docker Compose's braille dots).
private enum ProgressSpinner {
    static let frames: Set<Character> = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
}
