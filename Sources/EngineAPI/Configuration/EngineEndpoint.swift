#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where a Docker engine listens, parsed from a `DOCKER_HOST`-style address, plus the TLS material to reach it.
package struct EngineEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// The transport an address names.
    package enum Transport: Sendable, Hashable {
        /// A unix domain socket at an absolute path.
        case unix(path: String)
        /// TCP to `host:port`; `basePath` is prefixed to every request path (empty for none).
        case tcp(host: String, port: Int, basePath: String)
        /// A Windows named pipe such as `\\.\pipe\docker_engine`; reached through `docker.exe` under WSL.
        case namedPipe(path: String)
        /// `ssh://[user@]host[:port][/socket]`: `docker system dial-stdio` run on `host` by the local `ssh`.
        case ssh(SSHDestination)
    }

    package var transport: Transport
    /// TLS settings; only meaningful for `.tcp`, where non-nil means HTTPS.
    package var tls: TLSMaterial?

    /// Creates an endpoint from its parts.
    package init(transport: Transport, tls: TLSMaterial? = nil) {
        self.transport = transport
        self.tls = tls
    }

    /// The platform default: `unix:///var/run/docker.sock`.
    package static let localDefault = EngineEndpoint(transport: .unix(path: "/var/run/docker.sock"))

    /// The address in `DOCKER_HOST` form (`unix:///…`, `tcp://host:port`, `npipe:////./pipe/…`).
    package var description: String {
        switch transport {
        case .unix(let path):
            return "unix://\(path)"
        case .tcp(let host, let port, let basePath):
            let shownHost = host.contains(":") ? "[\(host)]" : host
            return "tcp://\(shownHost):\(port)\(basePath)"
        case .namedPipe(let path):
            return "npipe://" + path.replacing("\\", with: "/")
        case .ssh(let destination):
            return destination.description
        }
    }

    /// Parses `unix:///path`, `tcp://host[:port][/base]`, `http://…`, `https://…`, `npipe:////./pipe/name`,
    /// `ssh://[user@]host[:port]`, or a bare `host:port` (TCP). A missing TCP port is 2375, or 2376 with TLS; `https://` implies TLS.
    package static func parse(_ address: String, tls: TLSMaterial? = nil) throws(EngineError) -> EngineEndpoint {
        let address = address.trimmingWhitespace(newlines: false)
        guard !address.isEmpty else { throw .invalidEndpoint("empty address") }
        guard let separator = address.firstRange(of: "://") else {
            return try parseTCP(address, original: address, tls: tls)
        }
        let scheme = address[..<separator.lowerBound].lowercased()
        let rest = String(address[separator.upperBound...])
        switch scheme {
        case "unix":
            guard rest.hasPrefix("/"), rest.count > 1 else {
                throw .invalidEndpoint("\(address): a unix socket needs an absolute path, as in unix:///var/run/docker.sock")
            }
            return EngineEndpoint(transport: .unix(path: rest))
        case "npipe":
            // `npipe:////./pipe/name` is the URL spelling of `\\.\pipe\name`.
            guard rest.hasPrefix("//"), rest.contains("/pipe/") else {
                throw .invalidEndpoint("\(address): a named pipe looks like npipe:////./pipe/docker_engine")
            }
            return EngineEndpoint(transport: .namedPipe(path: rest.replacing("/", with: "\\")))
        case "tcp", "http":
            return try parseTCP(rest, original: address, tls: tls)
        case "https":
            return try parseTCP(rest, original: address, tls: tls ?? TLSMaterial(verify: true))
        case "ssh":
            return EngineEndpoint(transport: .ssh(try SSHDestination.parse(rest, original: address)))
        default:
            throw .invalidEndpoint("\(address): unknown scheme \(scheme)")
        }
    }

    private static func parseTCP(_ rest: String, original: String, tls: TLSMaterial?) throws(EngineError) -> EngineEndpoint {
        var hostPort = Substring(rest)
        var basePath = ""
        if let slash = hostPort.firstIndex(of: "/") {
            basePath = String(hostPort[slash...])
            hostPort = hostPort[..<slash]
            while basePath.hasSuffix("/") { basePath.removeLast() }
        }
        let (host, explicitPort) = try hostAndPort(hostPort, original: original)
        let port = explicitPort ?? (tls == nil ? 2375 : 2376)
        return EngineEndpoint(transport: .tcp(host: host, port: port, basePath: basePath), tls: tls)
    }

    /// Splits `host[:port]` or `[v6]:port` into the host (brackets removed) and the port, when one is given.
    static func hostAndPort(_ hostPort: Substring, original: String) throws(EngineError) -> (host: String, port: Int?) {
        var host = hostPort
        var portText: Substring?
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { throw .invalidEndpoint("\(original): unclosed [") }
            host = hostPort[hostPort.index(after: hostPort.startIndex)..<close]
            let after = hostPort[hostPort.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty {
                throw .invalidEndpoint("\(original): unexpected \(after)")
            }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = hostPort[..<colon]
            portText = hostPort[hostPort.index(after: colon)...]
        }
        guard !host.isEmpty else { throw .invalidEndpoint("\(original): missing host") }
        guard let portText else { return (String(host), nil) }
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw .invalidEndpoint("\(original): invalid port \(portText)")
        }
        return (String(host), port)
    }
}
