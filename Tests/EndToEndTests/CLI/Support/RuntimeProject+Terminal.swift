import Foundation

extension RuntimeProject {
    /// A tmux pane running `mixcompose -p <name> arguments` in the project directory against the testbed, its
    /// standard error dropped, which then prints `mixcompose exited <status>` and stays open for 30 s.
    func terminal(_ arguments: [String], tmux: String, columns: Int = 120, rows: Int = 40) throws -> TmuxPane {
        let binary = try MixComposeBinary.require()
        let quoted = TTYProgressTests.quoted
        let environment = self.environment.map { "\($0.key)=\(quoted($0.value))" }.sorted().joined(separator: " ")
        let command = ([binary.path, "-p", name] + arguments).map(quoted).joined(separator: " ")
        let script = "cd \(quoted(files.directory)) && env \(environment) \(command) 2>/dev/null; echo \"mixcompose exited $?\"; sleep 30"
        return try TmuxPane(tmux: tmux, script: script, columns: columns, rows: rows)
    }
}
