import AsyncHTTPClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore
import NIOSSL

/// How an endpoint maps onto async-http-client URLs: the base URL and the Host header to send.
struct RequestTarget: Sendable {
    var baseURL: String
    var hostHeader: String?

    /// Builds the target, rejecting transports async-http-client cannot reach.
    init(_ endpoint: EngineEndpoint) throws(EngineError) {
        switch endpoint.transport {
        case .unix(let path):
            try self.init(socketPath: path)
        case .tcp(let host, let port, let basePath):
            let scheme = endpoint.tls == nil ? "http" : "https"
            let authority = String.hostPort(host, port)
            self.init(baseURL: "\(scheme)://\(authority)\(basePath)", hostHeader: nil)
        case .namedPipe, .ssh:
            throw .unsupported("\(endpoint) is reached through a dial command, not directly")
        }
    }

    /// The target of a unix socket (a daemon's, or a `StdioTunnel`'s).
    init(socketPath path: String) throws(EngineError) {
        guard let url = URL(httpURLWithSocketPath: path, uri: "/") else {
            throw .invalidEndpoint("cannot address the socket \(path)")
        }
        var base = url.absoluteString
        if base.hasSuffix("/") { base.removeLast() }
        self.init(baseURL: base, hostHeader: "docker")
    }

    private init(baseURL: String, hostHeader: String?) {
        self.baseURL = baseURL
        self.hostHeader = hostHeader
    }
}

extension HTTPClient.Configuration {
    /// A configuration for `endpoint`: no redirects, no connect retries, TLS from its PEM files, no read timeout (streams idle).
    static func engine(_ endpoint: EngineEndpoint) throws(EngineError) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.timeout = .init(connect: .seconds(10), read: nil)
        // A refused connection or a rejected certificate does not heal within seconds: report it at once, as the
        // docker CLI does, instead of retrying until the connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        // The default (8) makes requests wait for a pooled connection, and a wait longer than the connect
        // timeout fails; `RequestGate` bounds ordinary requests, so the pool only has to fit them and the streams.
        switch endpoint.transport {
        case .unix, .tcp: configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = EngineClient.maximumConnections
        case .ssh, .namedPipe: configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = EngineClient.tunnelledConnections
        }
        if let material = endpoint.tls, case .tcp = endpoint.transport {
            configuration.tlsConfiguration = try TLSConfiguration.engine(material)
        }
        return configuration
    }
}

extension TLSConfiguration {
    /// Client TLS (1.2 or newer) from the CA, certificate and key files of `material`.
    static func engine(_ material: TLSMaterial) throws(EngineError) -> TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.minimumTLSVersion = .tlsv12
        do {
            if let ca = material.caFile {
                tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(ca))
            }
            if let cert = material.certFile, let key = material.keyFile {
                tls.certificateChain = try NIOSSLCertificate.fromPEMFile(cert).map { .certificate($0) }
                tls.privateKey = .privateKey(try NIOSSLPrivateKey(file: key, format: .pem))
            }
        } catch {
            throw .invalidEndpoint("cannot load TLS files: \(error)")
        }
        if !material.verify { tls.certificateVerification = .none }
        return tls
    }
}
