import Foundation
import Testing

/// A `mixcompose` command run in a tmux pane of 100×30, checked the way a person at a terminal would see it.
enum TerminalSession {
    /// Runs `mixcompose -p <project> arguments sh -c <script>` in a pane, where the script prints its `tty`, reads a
    /// typed secret, echoes it and the TTY's size, and exits 5; expects a TTY of the pane's size, raw input and exit 5.
    static func expectTTY(_ project: RuntimeProject, _ arguments: [String]) throws {
        guard let tmux = TmuxPane.executable() else { return }
        // The size is sent once the process started, so it is read after the typed line.
        let command = "tty; read -s secret; echo got-$secret; stty size; exit 5"
        let pane = try project.terminal(arguments + ["sh", "-c", command], tmux: tmux, columns: 100, rows: 30)
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
