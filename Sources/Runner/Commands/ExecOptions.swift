import EngineAPI

/// What `exec` runs, where, and how it is attached.
package struct ExecOptions: Sendable, Hashable {
    package var service: String
    package var command: [String]
    /// Start it and return at once (`-d`).
    package var detach = false
    /// Give it a TTY.
    package var tty = false
    /// `KEY=VALUE` entries.
    package var environment: [String] = []
    package var user: String?
    package var workingDir: String?
    /// The replica (`com.docker.compose.container-number`) to run in; nil: the lowest-numbered.
    package var index: Int?
    package var privileged = false

    /// Creates options for `command` in `service`.
    package init(service: String, command: [String]) {
        self.service = service
        self.command = command
    }

    /// The Engine API request for these options; stdin is attached unless detached.
    var request: ExecCreateRequest {
        ExecCreateRequest(
            cmd: command, env: environment.isEmpty ? nil : environment, user: user, workingDir: workingDir, tty: tty,
            privileged: privileged, interactive: !detach, attached: !detach)
    }
}

/// The terminal side of an attached `exec`: stdin's bytes, where output goes, and the terminal's sizes.
package struct ExecIO: Sendable {
    package var input: AsyncStream<[UInt8]>?
    package var output: @Sendable (OutputChunk) async -> Void
    /// The terminal's size (rows, columns) now and after each change, for a TTY.
    package var sizes: AsyncStream<(rows: Int, columns: Int)>?

    /// Creates the I/O of one exec.
    package init(
        input: AsyncStream<[UInt8]>?, output: @escaping @Sendable (OutputChunk) async -> Void,
        sizes: AsyncStream<(rows: Int, columns: Int)>? = nil
    ) {
        self.input = input
        self.output = output
        self.sizes = sizes
    }
}
