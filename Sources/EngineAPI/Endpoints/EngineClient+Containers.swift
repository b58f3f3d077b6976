import AsyncHTTPClient
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
import NIOCore
import NIOHTTP1

extension EngineClient {
    /// `POST /containers/create?name=&platform=`. `platform` (`os[/arch]`) is sent only when the negotiated API is
    /// at least 1.41, as the docker CLI does; older daemons pick the OS from the image.
    package func createContainer(
        name: String? = nil, _ request: ContainerCreateRequest, platform: String? = nil
    ) async throws -> ContainerCreateResponse {
        let sentPlatform = supports(APIVersion(1, 41)) ? platform : nil
        if platform != nil, sentPlatform == nil {
            logger.debug("platform not sent on create: API \(negotiatedVersion) < 1.41")
        }
        let query = [URLQueryItem(name: "name", value: name), URLQueryItem(name: "platform", value: sentPlatform)]
        return try await post("/containers/create", query: query, body: request)
    }

    /// `POST /containers/{id}/start`; an already running container (304) is not an error.
    package func startContainer(_ id: String) async throws {
        try await post("/containers/\(Self.segment(id))/start")
    }

    /// `POST /containers/{id}/stop?t=`: stop signal, then kill after `timeout` seconds (nil: the container's
    /// `StopTimeout`); an already stopped container (304) is not an error. The daemon answers only once the
    /// container is down, so the request may take the grace period plus `requestTimeout`; without `timeout`
    /// the container is inspected first to learn its own grace period.
    package func stopContainer(_ id: String, timeout: Int? = nil) async throws {
        let query = [URLQueryItem(name: "t", value: timeout.map(String.init))]
        let grace: Int
        if let timeout {
            grace = timeout
        } else {
            grace = try await ownStopTimeout(of: id)
        }
        // A negative grace period waits for the container for ever, and so does the daemon's answer.
        let deadline = grace < 0 ? Self.streamTimeout : .seconds(Int64(grace)) + requestTimeout
        _ = try await send(.POST, "/containers/\(Self.segment(id))/stop", query: query, timeout: deadline)
    }

    /// `POST /containers/{id}/rename?name=`: gives a container a new name (no leading `/`).
    package func renameContainer(_ id: String, to name: String) async throws {
        try await post("/containers/\(Self.segment(id))/rename", query: [URLQueryItem(name: "name", value: name)])
    }

    /// `POST /containers/{id}/kill?signal=`; `.http` 409 when it is not running.
    package func killContainer(_ id: String, signal: String? = nil) async throws {
        try await post("/containers/\(Self.segment(id))/kill", query: [URLQueryItem(name: "signal", value: signal)])
    }

    /// `DELETE /containers/{id}?force=&v=`: `force` kills a running container, `volumes` removes its anonymous volumes.
    package func removeContainer(_ id: String, force: Bool = false, volumes: Bool = false) async throws {
        try await delete("/containers/\(Self.segment(id))", query: [.flag("force", force), .flag("v", volumes)])
    }

    /// A container's `StopTimeout`, else the daemon's default: 30 s on Windows, 10 s elsewhere.
    private func ownStopTimeout(of id: String) async throws -> Int {
        let inspect: ContainerInspect = try await inspectContainer(id)
        return inspect.config?.stopTimeout ?? (daemonOSType?.lowercased() == "windows" ? 30 : 10)
    }

    /// `GET /containers/{id}/json`: state, health, networks and addresses, labels and host config.
    package func inspectContainer(_ id: String) async throws -> ContainerInspect {
        try await get("/containers/\(Self.segment(id))/json")
    }

    /// `GET /containers/json?all=&filters=`: running containers, or all with `all`, filtered (e.g. by label).
    package func listContainers(all: Bool = false, filters: EngineFilters = EngineFilters()) async throws -> [ContainerSummary] {
        try await get("/containers/json", query: [.flag("all", all), filters.queryItem].compactMap { $0 })
    }

    /// `POST /containers/{id}/wait?condition=`: blocks until the condition holds and returns the exit status.
    package func waitContainer(_ id: String, condition: WaitCondition = .notRunning) async throws -> ContainerWaitResponse {
        let query = [URLQueryItem(name: "condition", value: condition.rawValue)]
        let (bytes, _) = try await stream(.POST, "/containers/\(Self.segment(id))/wait", query: query)
        var collected: [UInt8] = []
        for try await chunk in bytes { collected += chunk.readableBytesView }
        do {
            return try JSONDecoder().decode(ContainerWaitResponse.self, from: Data(collected))
        } catch {
            throw EngineError.decoding("ContainerWaitResponse: \(error)")
        }
    }

    /// `GET /containers/{id}/logs`: output lines, demultiplexed. From API 1.42 the `Content-Type` says whether the
    /// body is multiplexed; below that it is unreliable and the container's `Config.Tty` decides (one extra inspect).
    package func logs(_ id: String, options: LogOptions = LogOptions()) async throws -> LogStream {
        let query = [
            URLQueryItem.flag("follow", options.follow), .flag("stdout", options.stdout), .flag("stderr", options.stderr),
            .flag("timestamps", options.timestamps), URLQueryItem(name: "tail", value: options.tail.map(String.init) ?? "all"),
            URLQueryItem(name: "since", value: options.since), URLQueryItem(name: "until", value: options.until),
        ]
        // Ask before opening the stream, so the two requests never overlap.
        let ttyFraming: LogFrameDecoder.Framing? =
            supports(APIVersion(1, 42)) ? nil : (try await inspectContainer(id).config?.tty == true ? .raw : .multiplexed)
        let (bytes, headers) = try await stream(.GET, "/containers/\(Self.segment(id))/logs", query: query)
        let contentType = headers.first(name: "Content-Type") ?? ""
        let framing = ttyFraming ?? (contentType.contains("raw-stream") ? .raw : .multiplexed)
        return LogStream(bytes: bytes, framing: framing)
    }
}
