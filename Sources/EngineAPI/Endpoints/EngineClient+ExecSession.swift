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
import NIOConcurrencyHelpers
import NIOCore
import NIOSSL

extension EngineClient {
    /// `POST /exec/{id}/start` with `Detach`: starts the command and returns at once.
    package func startDetachedExec(_ id: String) async throws {
        struct Start: Encodable { var Detach = true, Tty = false }
        try await post("/exec/\(Self.segment(id))/start", body: Start())
    }

    /// `POST /exec/{id}/start` on a hijacked connection: `input`'s bytes go to the command's stdin (nil:
    /// none), and its output comes to `output` as it arrives (raw with `tty`, else split into stdout and
    /// stderr) until the command ends. Not over TLS, which this client cannot hijack.
    package func startAttachedExec(
        _ id: String, tty: Bool, input: AsyncStream<[UInt8]>?, output: @escaping @Sendable (OutputChunk) async throws -> Void
    ) async throws {
        struct Start: Encodable { var Detach = false, Tty: Bool }
        let body = try JSONEncoder().encode(Start(Tty: tty))
        try await hijackedConnection().run(
            path: "/v\(negotiatedVersion)/exec/\(Self.segment(id))/start", body: Array(body), input: input,
            output: Self.chunks(tty: tty, to: output))
    }

    /// Turns a hijacked stream's bytes into `OutputChunk`s for `output`: raw stdout with a TTY, else split
    /// into stdout and stderr.
    static func chunks(
        tty: Bool, to output: @escaping @Sendable (OutputChunk) async throws -> Void
    ) -> @Sendable ([UInt8]) async throws -> Void {
        let demultiplexer = NIOLockedValueBox(StreamDemultiplexer())
        return { bytes in
            if tty { return try await output(OutputChunk(stream: .stdout, bytes: bytes)) }
            for chunk in try demultiplexer.withLockedValue({ try $0.append(bytes) }) { try await output(chunk) }
        }
    }

    /// `POST /exec/{id}/resize?h=&w=`: the size of an exec's TTY, in characters.
    package func resizeExec(_ id: String, height: Int, width: Int) async throws {
        let query = [URLQueryItem(name: "h", value: String(height)), URLQueryItem(name: "w", value: String(width))]
        try await post("/exec/\(Self.segment(id))/resize", query: query)
    }

    /// Where a hijacked connection reaches this daemon: its socket, a tunnel's, or its TCP port (with TLS when the
    /// endpoint has it).
    func hijackedConnection() throws(EngineError) -> HijackedConnection {
        if let tunnel { return HijackedConnection(address: .unix(path: tunnel.socketPath), host: "docker", basePath: "") }
        switch endpoint.transport {
        case .unix(let path):
            return HijackedConnection(address: .unix(path: path), host: "docker", basePath: "")
        case .tcp(let host, let port, let basePath):
            guard let material = endpoint.tls else {
                return HijackedConnection(address: .tcp(host: host, port: port), host: "\(host):\(port)", basePath: basePath)
            }
            let tls = try TLSConfiguration.engine(material)
            return HijackedConnection(address: .tls(host: host, port: port, configuration: tls), host: "\(host):\(port)", basePath: basePath)
        default:
            throw .unsupported("attaching to a process over \(endpoint) is not supported")
        }
    }
}
