#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A private unix socket whose every connection is carried by its own `DialCommand` process.
///
/// async-http-client speaks HTTP over TCP or a unix socket, not over a child's stdio; so the client of an
/// ssh or named-pipe endpoint talks to this socket, in a fresh 0700 directory, and each accepted
/// connection gets one `ssh … docker system dial-stdio` (or `docker.exe …`), bytes relayed both ways.
/// Keep-alive connections reuse their process; closing a connection ends its process and a process that
/// ends closes its connection, after its exit and stderr are recorded, so a failed request can say what
/// ssh said. Everything goes away with the tunnel.
final class StdioTunnel: Sendable {
    /// What each connection runs.
    let command: DialCommand
    /// The socket the HTTP client connects to.
    let socketPath: String

    private let executable: String
    private let environment: [String: String]
    private let directory: String
    private let logger: Logger
    private let state = NIOLockedValueBox(State())

    private struct State {
        var server: (any Channel)?
        var connections: [ObjectIdentifier: any Channel] = [:]
        var children: [ObjectIdentifier: StdioChild] = [:]
        var failure: String?
    }

    private init(command: DialCommand, executable: String, environment: [String: String], directory: String, logger: Logger) {
        self.command = command
        self.executable = executable
        self.environment = environment
        self.directory = directory
        self.socketPath = directory + "/engine.sock"
        self.logger = logger
    }

    /// What the last dial command that failed said, e.g. `ssh exited with status 255: …: Permission denied (publickey).`
    var failure: String? { state.withLockedValue { $0.failure } }

    /// Opens the tunnel for `command`, runs `body`, and always closes the socket and ends every process.
    static func withTunnel<Result>(
        _ command: DialCommand, environment: [String: String], logger: Logger,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (StdioTunnel) async throws -> Result
    ) async throws -> Result {
        let isExecutable = { (path: String) in FileManager.default.isExecutableFile(atPath: path) }
        guard let executable = ExecutableSearch.find(command.executable, environment: environment, fileExists: isExecutable) else {
            throw EngineError.unsupported("\(command.executable) not found on PATH; it is needed to run \(command)")
        }
        let tunnel = try StdioTunnel(
            command: command, executable: executable, environment: environment, directory: privateDirectory(), logger: logger)
        do {
            try await tunnel.listen()
            let result = try await body(tunnel)
            await tunnel.close()
            return result
        } catch {
            await tunnel.close()
            throw error
        }
    }

    private func listen() async throws {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { [self] channel in attach(channel) }
            .bind(unixDomainSocketPath: socketPath)
            .get()
        state.withLockedValue { $0.server = server }
    }

    /// Starts the connection's process and joins the two; the process's pipes live on the connection's event loop.
    private func attach(_ connection: any Channel) -> EventLoopFuture<Void> {
        let loop = connection.eventLoop
        let child: StdioChild
        do {
            child = try StdioChild.launch(executable: executable, arguments: command.arguments, environment: environment, eventLoop: loop)
        } catch {
            let reason = (error as? EngineError)?.description ?? "cannot start \(command.name): \(error)"
            state.withLockedValue { $0.failure = reason }
            return loop.makeFailedFuture(error)
        }
        let key = ObjectIdentifier(connection)
        state.withLockedValue { state in
            state.connections[key] = connection
            state.children[key] = child
        }
        logger.debug("dial command started", metadata: ["command": "\(command)"])
        let (outer, inner) = ByteRelay.pair()
        let innerRelay = NIOLoopBound(inner, eventLoop: loop)
        return loop.makeCompletedFuture { try connection.pipeline.syncOperations.addHandler(outer) }
            .flatMap {
                NIOPipeBootstrap(group: loop)
                    .channelInitializer { pipe in
                        pipe.eventLoop.makeCompletedFuture { try pipe.pipeline.syncOperations.addHandler(innerRelay.value) }
                    }
                    .takingOwnershipOfDescriptors(input: child.stdout, output: child.stdin)
            }
            .map { [self] pipe in
                connection.closeFuture.whenComplete { _ in
                    pipe.close(promise: nil)
                    child.terminate()
                }
                pipe.closeFuture.whenComplete { _ in
                    // Its stdout is closed: the process is ending. One that lingers (holding the connection
                    // open) is ended as the docker CLI gives up on it, after 10 s.
                    loop.scheduleTask(in: .seconds(10)) { child.terminate() }
                    child.exited.whenSuccess { [self] exit in
                        finished(key, exit: exit)
                        // Writes complete in order: once this empty one is out, so is the end of the answer.
                        connection.writeAndFlush(ByteBuffer()).whenComplete { _ in connection.close(promise: nil) }
                    }
                }
            }
            .flatMapErrorThrowing { error in
                child.terminate()
                throw error
            }
    }

    /// Forgets a finished connection, keeping what a failed process said.
    private func finished(_ key: ObjectIdentifier, exit: StdioChild.Exit) {
        let failed = !exit.terminatedByTunnel && (exit.status != 0 || exit.signalled)
        let how = exit.signalled ? "was killed by signal \(exit.status)" : "exited with status \(exit.status)"
        let message = "\(command.name) \(how)" + (exit.stderr.isEmpty ? "" : ": \(exit.stderr)")
        state.withLockedValue { state in
            state.connections[key] = nil
            state.children[key] = nil
            if failed { state.failure = message }
        }
        if failed { logger.debug("dial command failed", metadata: ["command": "\(command)", "reason": "\(message)"]) }
    }

    /// Closes the socket and every connection, and waits until every process has ended.
    private func close() async {
        let (server, connections, children) = state.withLockedValue { ($0.server, Array($0.connections.values), Array($0.children.values)) }
        try? await server?.close()
        for connection in connections { connection.close(promise: nil) }
        for child in children {
            child.terminate()
            _ = try? await child.exited.get()
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A fresh directory only this user can enter (mkdtemp makes it 0700), short enough for a socket path.
    private static func privateDirectory() throws(EngineError) -> String {
        var base = FileManager.default.temporaryDirectory.path
        // sockaddr_un holds 108 bytes; a long TMPDIR would not leave room for the socket name.
        if base.utf8.count > 60 { base = "/tmp/" }
        if !base.hasSuffix("/") { base += "/" }
        var template = Array((base + "mixcompose-dial-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw .unsupported("cannot create a private directory in \(base): \(String(cString: strerror(errno)))")
        }
        return String(cString: made)
    }
}
