/// The parts of an `ssh://[user@]host[:port][/socket]` address, as the docker CLI reads them
/// (cli/connhelper/ssh): no password, query or fragment; a path names the remote daemon's socket.
package struct SSHDestination: Sendable, Hashable, CustomStringConvertible {
    /// The login name (`ssh -l`); nil lets ssh choose (its config, then the local user name).
    package var user: String?
    /// Host name, address (IPv6 without brackets) or an alias from `~/.ssh/config`.
    package var host: String
    /// `ssh -p`; nil lets ssh choose (its config, then 22).
    package var port: Int?
    /// The remote daemon's socket path, empty for the remote docker CLI's own default.
    package var socketPath: String

    /// Creates a destination from its parts.
    package init(user: String? = nil, host: String, port: Int? = nil, socketPath: String = "") {
        self.user = user
        self.host = host
        self.port = port
        self.socketPath = socketPath
    }

    /// The address in `DOCKER_HOST` form, IPv6 hosts in brackets.
    package var description: String {
        var text = "ssh://"
        if let user { text += user + "@" }
        text += host.contains(":") ? "[\(host)]" : host
        if let port { text += ":\(port)" }
        return text + socketPath
    }

    /// Parses what follows `ssh://` in `original`.
    static func parse(_ rest: String, original: String) throws(EngineError) -> SSHDestination {
        if rest.contains("?") || rest.contains("#") {
            throw .invalidEndpoint("\(original): an ssh address takes no query or fragment")
        }
        var authority = Substring(rest)
        var socketPath = ""
        if let slash = authority.firstIndex(of: "/") {
            socketPath = String(authority[slash...])
            authority = authority[..<slash]
        }
        if socketPath.allSatisfy({ $0 == "/" }) { socketPath = "" }
        var user: String?
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            guard !userInfo.contains(":") else {
                throw .invalidEndpoint("\(original): a password in an ssh address is not supported; use keys or an ssh agent")
            }
            guard !userInfo.isEmpty else { throw .invalidEndpoint("\(original): empty user name") }
            user = String(userInfo)
            authority = authority[authority.index(after: at)...]
        }
        let (host, port) = try EngineEndpoint.hostAndPort(authority, original: original)
        // Host and user reach ssh as arguments after `--` and `-l`; refuse what ssh would read as an option
        // or what could never be a name.
        for part in [host, user ?? ""] where part.hasPrefix("-") || part.contains(where: \.isWhitespace) {
            throw .invalidEndpoint("\(original): \(part) is not a valid ssh host or user name")
        }
        return SSHDestination(user: user, host: host, port: port, socketPath: socketPath)
    }
}
