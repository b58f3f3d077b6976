import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// An in-process HTTP/1.1 server on a temporary unix socket that records every request and answers with canned
/// responses, standing in for dockerd. `/_ping` answers with the configured `Api-Version` unless the handler does.
final class StubEngineServer: Sendable {
    /// A request as the server received it.
    struct Request: Sendable {
        var method: String
        var uri: String
        var headers: [(String, String)]
        var body: [UInt8]

        /// The path without the query.
        var path: String { String(uri.split(separator: "?", maxSplits: 1).first ?? "") }

        /// Decoded query items, by name (last one wins).
        var query: [String: String] {
            let items = URLComponents(string: uri)?.queryItems ?? []
            return Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        }

        /// The first value of header `name` (case-insensitive).
        func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }

        /// The body parsed as a JSON object.
        var jsonBody: [String: Any]? {
            (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
        }
    }

    /// A canned answer; each chunk is written and flushed separately.
    struct Response: Sendable {
        var status: Int
        var headers: [(String, String)] = []
        var chunks: [[UInt8]] = []
        /// How long the server waits before answering (a daemon busy stopping a container).
        var delay: TimeAmount?

        /// A JSON answer from literal text.
        static func json(_ text: String, status: Int = 200) -> Response {
            Response(status: status, headers: [("Content-Type", "application/json")], chunks: [Array(text.utf8)])
        }

        /// A Docker-style error: `{"message": …}`.
        static func error(_ status: Int, _ message: String) -> Response {
            let escaped = message.replacingOccurrences(of: "\"", with: "\\\"")
            return json("{\"message\":\"\(escaped)\"}", status: status)
        }

        /// An empty answer (204 by default).
        static func empty(_ status: Int = 204) -> Response {
            Response(status: status)
        }

        /// This answer, sent only after `delay`.
        func delayed(by delay: TimeAmount) -> Response {
            var copy = self
            copy.delay = delay
            return copy
        }
    }

    let socketPath: String
    private let apiVersion: String?
    private let handler: @Sendable (Request) -> Response
    private let recorded = Mutex<[Request]>([])

    private init(socketPath: String, apiVersion: String?, handler: @escaping @Sendable (Request) -> Response) {
        self.socketPath = socketPath
        self.apiVersion = apiVersion
        self.handler = handler
    }

    /// Every request received so far, pings included.
    var requests: [Request] { recorded.withLock { $0 } }

    /// Requests other than `/_ping`.
    var apiRequests: [Request] { requests.filter { !$0.path.hasSuffix("/_ping") } }

    /// Runs `body` with a server listening on a fresh socket, then closes it and removes the socket.
    @discardableResult
    static func with<Result>(
        apiVersion: String? = "1.41",
        handler: @escaping @Sendable (Request) -> Response = { _ in .empty() },
        _ body: (StubEngineServer) async throws -> Result
    ) async throws -> Result {
        let path = NSTemporaryDirectory() + "stub-engine-\(UUID().uuidString.prefix(8)).sock"
        let server = StubEngineServer(socketPath: path, apiVersion: apiVersion, handler: handler)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(StubHandler(server: server))
                }
            }
            .bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true)
            .get()
        do {
            let result = try await body(server)
            try? await channel.close()
            try? FileManager.default.removeItem(atPath: path)
            return result
        } catch {
            try? await channel.close()
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// Records `request` and picks its answer.
    func answer(_ request: Request) -> Response {
        recorded.withLock { $0.append(request) }
        var response: Response
        if request.path.hasSuffix("/_ping") {
            response = Response(status: 200, headers: [("Content-Type", "text/plain")], chunks: [Array("OK".utf8)])
        } else {
            response = handler(request)
        }
        if let apiVersion { response.headers.append(("Api-Version", apiVersion)) }
        response.headers.append(("Ostype", "linux"))
        return response
    }
}
