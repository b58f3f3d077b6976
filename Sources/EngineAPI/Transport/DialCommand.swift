#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A program whose stdin and stdout carry one connection to a Docker engine: `docker system dial-stdio`,
/// run on another host by `ssh` or on the Windows side by `docker.exe` through WSL interop.
///
/// This is the docker CLI's own connection helper (cli/connhelper): it starts one such process per
/// connection and speaks HTTP over its stdio. `StdioTunnel` does the same behind a private unix socket.
package struct DialCommand: Sendable, Hashable, CustomStringConvertible {
    /// A program name looked up on `PATH` at launch, or an absolute path.
    package var executable: String
    /// Everything after the program name, each one argument (no shell in between locally).
    package var arguments: [String]

    /// Creates a command from its parts.
    package init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// The command line as shown in messages.
    package var description: String {
        ([executable] + arguments).map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    }

    /// The short name used in failures, e.g. `ssh` or `docker.exe`.
    var name: String {
        executable.split(separator: "/").last.map(String.init) ?? executable
    }

    /// The command the docker CLI runs for an ssh address:
    /// `ssh [-l user] [-p port] -o ConnectTimeout=30 -T -- host docker [--host=unix://socket] system dial-stdio`.
    /// `-T` keeps ssh from allocating a terminal (no login shell mangling the byte stream); the remote command is one
    /// argument because ssh hands it to the remote user's shell.
    package static func ssh(_ destination: SSHDestination) -> DialCommand {
        var arguments: [String] = []
        if let user = destination.user { arguments += ["-l", user] }
        if let port = destination.port { arguments += ["-p", String(port)] }
        arguments += ["-o", "ConnectTimeout=30", "-T", "--", destination.host]
        var remote = ["docker"]
        if !destination.socketPath.isEmpty { remote.append("--host=unix://" + destination.socketPath) }
        remote += ["system", "dial-stdio"]
        arguments.append(remote.map(shellQuoted).joined(separator: " "))
        return DialCommand(executable: "ssh", arguments: arguments)
    }

    /// The command for `endpoint`, or nil when async-http-client reaches it directly (unix, tcp).
    /// Named pipes need WSL with Docker Desktop's `docker.exe`; anywhere else they are refused with what works.
    package static func forEndpoint(
        _ endpoint: EngineEndpoint, environment: [String: String], fileExists: (String) -> Bool
    ) throws(EngineError) -> DialCommand? {
        switch endpoint.transport {
        case .unix, .tcp:
            return nil
        case .ssh(let destination):
            return .ssh(destination)
        case .namedPipe:
            guard WSLInterop.isAvailable(environment: environment, fileExists: fileExists) else {
                throw .unsupported(
                    "\(endpoint): named pipes are reachable only when mixcompose runs under WSL with Docker Desktop "
                        + "(through docker.exe); elsewhere reach the engine with ssh://, tcp:// or unix://")
            }
            guard let dockerExe = WSLInterop.dockerExecutable(environment: environment, fileExists: fileExists) else {
                throw .unsupported(
                    "\(endpoint): docker.exe is neither on PATH nor in \(WSLInterop.desktopBinDirectory); "
                        + "install Docker Desktop on Windows, or reach the engine with ssh://, tcp:// or unix://")
            }
            return DialCommand(executable: dockerExe, arguments: ["-H", endpoint.description, "system", "dial-stdio"])
        }
    }

    /// POSIX single quotes around anything but plain characters, for the remote shell.
    private static func shellQuoted(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:@%+,".contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacing("'", with: #"'\''"#) + "'"
    }
}
