import Foundation
import Testing

/// A `mixcompose` command run in a tmux pane of 100×30, checked the way a person at a terminal would see it.
enum TerminalSession {
    /// Runs `mixcompose -p <project> arguments sh -c <script>` in a pane, where the script prints its `tty`, reads a
    /// typed secret, echoes it and the TTY's size, and exits 5; expects a TTY of the pane's size, raw input and exit 5.
    static func expectTTY(_ project: RuntimeProject, _ arguments: [String]) throws {
        guard let tmux = ProcessRunner.which("tmux") else {
            if Testbed.isCI { Issue.record("tmux is missing; scripts/setup installs it") }
            return
        }
        let binary = try MixComposeBinary.require()
        let environment = project.environment.map { "\($0.key)=\(TTYProgressTests.quoted($0.value))" }.sorted().joined(separator: " ")
        // The size is sent once the process started, so it is read after the typed line.
        let command = "tty; read -s secret; echo got-$secret; stty size; exit 5"
        let words = arguments.map(TTYProgressTests.quoted).joined(separator: " ")
        let script = "cd \(TTYProgressTests.quoted(project.files.directory)) && env \(environment) "
            + "\(TTYProgressTests.quoted(binary.path)) -p \(project.name) \(words) sh -c \(TTYProgressTests.quoted(command)) 2>/dev/null;"
            + " echo \"mixcompose exited $?\"; sleep 30"
        let pane = try TmuxPane(tmux: tmux, script: script, columns: 100, rows: 30)
        defer { pane.kill() }
        let prompt = pane.waitFor("/dev/pts/")
        #expect(prompt.contains("/dev/pts/"), "no TTY:\n\(prompt)")
        pane.send(["hidden", "Enter"])
        let screen = pane.waitFor("mixcompose exited")
        #expect(screen.contains("got-hidden"), "\(screen)")
        #expect(screen.contains("30 100"), "the TTY does not have the terminal's size:\n\(screen)")
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(!lines.contains("hidden"), "typed input was echoed by the local terminal (not raw):\n\(screen)")
        #expect(screen.contains("mixcompose exited 5"), "\(screen)")
    }
}
