import Foundation
import Testing

/// A shell command running in a detached tmux pane of its own server: keys can be typed into it and its
/// screen read, as a person at a terminal would.
struct TmuxPane {
    let tmux: String
    let socket: String

    /// The tmux executable, or nil (an issue under CI, where scripts/setup installs it) for a test to skip.
    static func executable() -> String? {
        if let tmux = ProcessRunner.which("tmux") { return tmux }
        if Testbed.isCI { Issue.record("tmux is missing; scripts/setup installs it") }
        print("notice: tmux is not installed; skipping a terminal test (scripts/setup installs it)")
        return nil
    }

    /// Starts `script` (a shell command line) in a `columns`×`rows` pane.
    init(tmux: String, script: String, columns: Int = 120, rows: Int = 40) throws {
        self.tmux = tmux
        socket = "mxc-cmd-\(UUID().uuidString.prefix(8).lowercased())"
        // Not run through ProcessRunner: the tmux server it forks inherits the descriptor Foundation
        // watches for the client's exit, so that exit would only be noticed when the server ends.
        let launcher = Process()
        launcher.executableURL = URL(fileURLWithPath: tmux)
        launcher.arguments = ["-u", "-L", socket, "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", script]
        launcher.standardInput = FileHandle.nullDevice
        launcher.standardOutput = FileHandle.nullDevice
        launcher.standardError = FileHandle.nullDevice
        try launcher.run()
    }

    /// The visible screen.
    var screen: String { ProcessRunner.run(tmux, ["-u", "-L", socket, "capture-pane", "-p"]).stdout }

    /// Polls the screen until it contains `text` or `seconds` pass; returns the last screen.
    func waitFor(_ text: String, seconds: Double = 60) -> String {
        var shown = screen
        for _ in 0..<Int(seconds * 5) where !shown.contains(text) {
            Thread.sleep(forTimeInterval: 0.2)
            shown = screen
        }
        return shown
    }

    /// Types `keys` (tmux key names, e.g. `Enter`) into the pane.
    func send(_ keys: [String]) { _ = ProcessRunner.run(tmux, ["-u", "-L", socket, "send-keys"] + keys) }

    /// Resizes the window.
    func resize(columns: Int, rows: Int) {
        _ = ProcessRunner.run(tmux, ["-u", "-L", socket, "resize-window", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Ends the server and everything in it.
    func kill() { _ = ProcessRunner.run(tmux, ["-u", "-L", socket, "kill-server"]) }
}
