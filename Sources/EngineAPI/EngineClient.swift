import AsyncHTTPClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import NIOCore
import NIOHTTP1

/// A Docker Engine API client bound to one endpoint at the API version negotiated with its daemon.
///
/// Create one with `withClient`, which pings the daemon, negotiates the version and always shuts the
/// HTTP client down. Every failure is an `EngineError`.
package final class EngineClient: Sendable {
    /// The endpoint this client talks to.
    package let endpoint: EngineEndpoint
    /// `min(APIVersion.clientMaximum, daemon's Api-Version)`; every request path starts with `/v<this>`.
    package let negotiatedVersion: APIVersion
    /// The daemon's `Ostype` ping header (`linux` or `windows`), when it sent one.
    package let daemonOSType: String?

    let http: HTTPClient
    let logger: Logger
    /// How long an ordinary request may take until its response head arrives; a stop adds the grace period.
    let requestTimeout: TimeAmount
    /// Scheme, authority and base path, without a trailing slash.
    let baseURL: String
    /// dockerd rejects requests without a Host header (400); a socket URL has no host of its own to send.
    let hostHeader: String?
    /// The tunnel carrying an ssh or named-pipe endpoint; its last failed process explains a broken connection.
    let tunnel: StdioTunnel?
    /// Queues ordinary requests beyond `maximumConcurrentRequests` (streams pass freely: they idle for hours).
    let gate: RequestGate

    /// A logger that drops everything, the default for library callers.
    package static let disabledLogger = Logger(label: "mixcompose.engine", factory: { _ in SwiftLogNoOpLogHandler() })

    /// How long an ordinary request may take until its response head arrives, unless `withClient` is told otherwise.
    package static let defaultRequestTimeout = TimeAmount.minutes(5)
    /// Streams (logs, events, wait) only bound the wait for the response head; the body may run for hours.
    static let streamTimeout = TimeAmount.hours(24)
    /// How long the first `/_ping` may take, unless `withClient` is told otherwise.
    package static let defaultPingTimeout = TimeAmount.seconds(30)
    /// Ordinary requests one client sends at once; more queue in its `RequestGate`. Enough to keep a daemon
    /// busy (Compose sends all at once), few enough that hundreds of creates do not swamp it.
    package static let maximumConcurrentRequests = 48
    /// The same through an ssh or named-pipe tunnel, where each connection is a process (and an ssh login:
    /// sshd's `MaxStartups` drops logins beyond 10 at once).
    package static let tunnelledConcurrentRequests = 8
    /// Connections kept per daemon: the gated requests plus streams (attached `up` follows one log per container).
    static let maximumConnections = 2048
    /// The same through a tunnel.
    static let tunnelledConnections = 64

    private init(
        endpoint: EngineEndpoint, version: APIVersion, osType: String?, http: HTTPClient, logger: Logger, target: RequestTarget,
        tunnel: StdioTunnel?, requestTimeout: TimeAmount
    ) {
        self.endpoint = endpoint
        self.negotiatedVersion = version
        self.daemonOSType = osType
        self.http = http
        self.logger = logger
        self.baseURL = target.baseURL
        self.hostHeader = target.hostHeader
        self.tunnel = tunnel
        self.requestTimeout = requestTimeout
        self.gate = RequestGate(limit: tunnel == nil ? Self.maximumConcurrentRequests : Self.tunnelledConcurrentRequests)
    }

    /// Connects to `endpoint`, negotiates the API version, runs `body`, and always shuts the HTTP client down.
    /// `requestTimeout` bounds each ordinary request (streams are not bounded by it), `pingTimeout` the first
    /// `/_ping` (a frozen daemon fails there). An ssh or named-pipe
    /// endpoint is reached through a `StdioTunnel` whose processes get `environment` (so `ssh` finds the
    /// user's `~/.ssh` and agent) and which also decides whether this is WSL.
    package static func withClient<Result>(
        _ endpoint: EngineEndpoint,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        logger: Logger = EngineClient.disabledLogger,
        requestTimeout: TimeAmount = EngineClient.defaultRequestTimeout,
        pingTimeout: TimeAmount = EngineClient.defaultPingTimeout,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (EngineClient) async throws -> Result
    ) async throws -> Result {
        let timeouts = (request: requestTimeout, ping: pingTimeout)
        let files = FileManager.default
        guard let command = try DialCommand.forEndpoint(endpoint, environment: environment, fileExists: files.fileExists(atPath:)) else {
            // async-http-client retries a failed connect until its timeout; a missing socket file will not appear.
            if case .unix(let path) = endpoint.transport, !files.fileExists(atPath: path) {
                throw EngineError.unreachable(endpoint.description, "no socket at \(path)")
            }
            return try await connect(
                endpoint, target: try RequestTarget(endpoint), tunnel: nil, logger: logger, timeouts: timeouts, body)
        }
        return try await StdioTunnel.withTunnel(command, environment: environment, logger: logger) { tunnel in
            try await connect(
                endpoint, target: RequestTarget(socketPath: tunnel.socketPath), tunnel: tunnel, logger: logger,
                timeouts: timeouts, body)
        }
    }

    private static func connect<Result>(
        _ endpoint: EngineEndpoint, target: RequestTarget, tunnel: StdioTunnel?, logger: Logger,
        timeouts: (request: TimeAmount, ping: TimeAmount),
        isolation: isolated (any Actor)? = #isolation,
        _ body: (EngineClient) async throws -> Result
    ) async throws -> Result {
        let configuration = try HTTPClient.Configuration.engine(endpoint)
        return try await HTTPClient.withHTTPClient(configuration: configuration, backgroundActivityLogger: logger) { http in
            let ping = try await negotiate(
                http: http, endpoint: endpoint, target: target, tunnel: tunnel, logger: logger, timeout: timeouts.ping)
            let client = EngineClient(
                endpoint: endpoint, version: ping.version, osType: ping.osType, http: http, logger: logger, target: target,
                tunnel: tunnel, requestTimeout: timeouts.request)
            logger.debug("engine negotiated", metadata: ["endpoint": "\(endpoint)", "api": "\(ping.version)"])
            return try await body(client)
        }
    }

    /// True when the negotiated version is at least `minimum`, e.g. `supports(APIVersion(1, 41))` before sending
    /// `platform` on container create.
    package func supports(_ minimum: APIVersion) -> Bool {
        negotiatedVersion >= minimum
    }

    private static func negotiate(
        http: HTTPClient, endpoint: EngineEndpoint, target: RequestTarget, tunnel: StdioTunnel?, logger: Logger,
        timeout: TimeAmount
    ) async throws -> (version: APIVersion, osType: String?) {
        var request = HTTPClientRequest(url: target.baseURL + "/_ping")
        if let host = target.hostHeader { request.headers.replaceOrAdd(name: "Host", value: host) }
        let response: HTTPClientResponse
        do {
            response = try await http.execute(request, timeout: timeout, logger: logger)
        } catch {
            throw EngineError.unreachable(endpoint.description, tunnel?.failure ?? TransportFailure.describe(error))
        }
        let body = try? await response.body.collect(upTo: 1 << 20)
        let osType = response.headers.first(name: "Ostype")
        // The Go client also reads the headers of a 500 ping: a struggling daemon still tells its version.
        if let header = response.headers.first(name: "Api-Version"), let daemon = APIVersion(header) {
            return (min(APIVersion.clientMaximum, daemon), osType)
        }
        guard (200..<300).contains(response.status.code) else {
            throw EngineError.http(status: Int(response.status.code), message: errorMessage(body, status: response.status))
        }
        return (APIVersion.clientMaximum, osType)
    }
}
