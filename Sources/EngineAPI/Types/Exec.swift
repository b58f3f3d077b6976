/// The body of `POST /containers/{id}/exec`: a command run inside a running container.
package struct ExecCreateRequest: Codable, Sendable, Hashable {
    package var attachStdout = true
    package var attachStderr = true
    package var cmd: [String]

    /// A request running `cmd` with its output attached.
    package init(cmd: [String]) {
        self.cmd = cmd
    }

    enum CodingKeys: String, CodingKey {
        case attachStdout = "AttachStdout", attachStderr = "AttachStderr", cmd = "Cmd"
    }
}

/// What `GET /exec/{id}/json` says about an exec instance (a subset).
package struct ExecInspect: Codable, Sendable, Hashable {
    package var running: Bool?
    /// The command's exit code once it ended; nil while it runs.
    package var exitCode: Int?

    enum CodingKeys: String, CodingKey {
        case running = "Running", exitCode = "ExitCode"
    }
}
