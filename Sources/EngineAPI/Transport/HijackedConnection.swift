import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// One Engine API request whose connection the daemon takes over (`Upgrade: tcp`) to carry a
/// process's stdin one way and its output the other, as `exec` and `attach` do.
///
/// async-http-client cannot hand a connection over after the response head, so this speaks HTTP/1.1
/// itself on a plain NIO channel to the daemon's unix socket (or a tunnel's) or TCP port, with TLS where the
/// endpoint has it.
struct HijackedConnection: Sendable {
    /// Where the daemon listens.
    enum Address: Sendable {
        case unix(path: String)
        case tcp(host: String, port: Int)
        /// TCP with TLS, the docker CLI's `DOCKER_TLS_VERIFY` endpoints (a Windows Server's daemon on 2376).
        case tls(host: String, port: Int, configuration: TLSConfiguration)
    }

    var address: Address
    /// The Host header: `docker` on a socket, as the docker CLI sends it.
    var host: String
    /// Prefixed to the request path (a TCP endpoint's `/base`), else empty.
    var basePath: String

    /// Sends `POST path` with the JSON `body`, then, once the daemon switched protocols, runs two things
    /// until the daemon closes the stream: `input`'s bytes are written (then the write side is closed),
    /// and every byte read is passed to `output`. `upgraded` runs once the stream is open, before any
    /// byte is read (attach, then start: no output is lost). A status other than 101 or 200 is thrown as `.http`.
    func run(
        path: String, body: [UInt8], input: AsyncStream<[UInt8]>?, upgraded: (@Sendable () async throws -> Void)? = nil,
        output: @escaping @Sendable ([UInt8]) async throws -> Void
    ) async throws {
        let channel = try await connect()
        try await channel.executeThenClose { inbound, outbound in
            let head = "POST \(basePath)\(path) HTTP/1.1\r\nHost: \(host)\r\nContent-Type: application/json\r\n"
                + "Content-Length: \(body.count)\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n"
            try await outbound.write(ByteBuffer(bytes: Array(head.utf8) + body))
            var iterator = inbound.makeAsyncIterator()
            var received: [UInt8] = []
            var headEnd: Int?
            while headEnd == nil {
                guard let chunk = try await iterator.next() else { throw EngineError.stream("the daemon closed the connection") }
                received += chunk.readableBytesView
                headEnd = Self.endOfHead(received)
            }
            let split = headEnd ?? 0
            let status = Self.status(of: received[..<split])
            guard status == 101 || status == 200 else {
                let body = ByteBuffer(bytes: received[split...])
                throw EngineError.http(
                    status: status, message: EngineClient.errorMessage(body, status: HTTPResponseStatus(statusCode: status)))
            }
            try await upgraded?()
            try await withThrowingTaskGroup(of: Void.self) { group in
                if let input {
                    group.addTask {
                        for await bytes in input { try await outbound.write(ByteBuffer(bytes: bytes)) }
                        outbound.finish()
                    }
                }
                if split < received.count { try await output(Array(received[split...])) }
                while let chunk = try await iterator.next() { try await output(Array(chunk.readableBytesView)) }
                group.cancelAll()
            }
        }
    }

    private func connect() async throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
        let tls = try tlsContext()
        let wrap = { @Sendable (channel: any Channel) in
            channel.eventLoop.makeCompletedFuture {
                if let tls {
                    try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: tls.context, serverHostname: tls.host))
                }
                return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(
                    wrappingChannelSynchronously: channel, configuration: .init(isOutboundHalfClosureEnabled: true))
            }
        }
        do {
            switch address {
            case .unix(let path): return try await bootstrap.connect(unixDomainSocketPath: path, channelInitializer: wrap)
            case .tcp(let host, let port), .tls(let host, let port, _):
                return try await bootstrap.connect(host: host, port: port, channelInitializer: wrap)
            }
        } catch {
            throw EngineError.unreachable("\(address)", TransportFailure.describe(error))
        }
    }

    /// The TLS context and the server name to send and check the certificate against, for a `.tls` address.
    private func tlsContext() throws(EngineError) -> (context: NIOSSLContext, host: String?)? {
        guard case .tls(let host, _, let configuration) = address else { return nil }
        // SNI takes names only: for an address, NIOSSL checks the certificate against the peer's address instead.
        let name = (try? SocketAddress(ipAddress: host, port: 0)) == nil ? host : nil
        do {
            return (try NIOSSLContext(configuration: configuration), name)
        } catch {
            throw .invalidEndpoint("cannot set up TLS: \(error)")
        }
    }

    /// The offset just past the blank line ending the response head, if it arrived.
    static func endOfHead(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index + 4
        }
        return nil
    }

    /// The status code of `HTTP/1.1 101 UPGRADED`, or 0 when the line is not one.
    static func status(of head: ArraySlice<UInt8>) -> Int {
        let line = String(decoding: head, as: UTF8.self).split(separator: "\r\n").first ?? ""
        let parts = line.split(separator: " ")
        return parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    }
}
