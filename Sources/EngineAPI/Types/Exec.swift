/// The body of `POST /containers/{id}/exec`: what to run in a running container, and how to attach to it.
package struct ExecCreateRequest: Sendable, Hashable, Codable {
    package var cmd: [String]
    package var env: [String]?
    package var user: String?
    package var workingDir: String?
    package var tty: Bool
    package var privileged: Bool
    package var attachStdin: Bool
    package var attachStdout: Bool
    package var attachStderr: Bool

    /// Creates a request; `attached` attaches stdout and stderr, `interactive` stdin too.
    package init(
        cmd: [String], env: [String]? = nil, user: String? = nil, workingDir: String? = nil, tty: Bool = false,
        privileged: Bool = false, interactive: Bool = false, attached: Bool = true
    ) {
        self.cmd = cmd
        self.env = env
        self.user = user
        self.workingDir = workingDir
        self.tty = tty
        self.privileged = privileged
        self.attachStdin = interactive
        self.attachStdout = attached
        self.attachStderr = attached
    }

    enum CodingKeys: String, CodingKey {
        case cmd = "Cmd", env = "Env", user = "User", workingDir = "WorkingDir", tty = "Tty", privileged = "Privileged"
        case attachStdin = "AttachStdin", attachStdout = "AttachStdout", attachStderr = "AttachStderr"
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
