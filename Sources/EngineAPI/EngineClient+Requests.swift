import AsyncHTTPClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import NIOCore
import NIOHTTP1

// The internal helpers every endpoint method goes through. They throw only `EngineError`
// (or `CancellationError` when the calling task is cancelled).
extension EngineClient {
    /// The largest non-streamed body read into memory.
    static let maximumBodySize = 64 << 20

    /// `GET path` decoded as `T`.
    func get<T: Decodable>(_ path: String, query: [URLQueryItem] = [], as type: T.Type = T.self) async throws -> T {
        try await decode(T.self, from: send(.GET, path, query: query))
    }

    /// `POST path` with an optional JSON body, decoded as `T`.
    func post<T: Decodable>(
        _ path: String, query: [URLQueryItem] = [], body: (any Encodable)? = nil, as type: T.Type = T.self
    ) async throws -> T {
        try await decode(T.self, from: send(.POST, path, query: query, body: body))
    }

    /// `POST path` whose answer carries nothing of interest (204, or 304 "already done", as the Go client accepts).
    func post(_ path: String, query: [URLQueryItem] = [], body: (any Encodable)? = nil) async throws {
        _ = try await send(.POST, path, query: query, body: body)
    }

    /// `PUT path` with a JSON body, answer ignored.
    func put(_ path: String, query: [URLQueryItem] = [], body: (any Encodable)? = nil) async throws {
        _ = try await send(.PUT, path, query: query, body: body)
    }

    /// `DELETE path`, answer ignored.
    func delete(_ path: String, query: [URLQueryItem] = []) async throws {
        _ = try await send(.DELETE, path, query: query)
    }

    /// Sends a request and returns the whole body of a successful (2xx or 304) answer; `raw` sends a body and
    /// `headers` are added as `execute` does; `timeout` defaults to the client's `requestTimeout`.
    func send(
        _ method: HTTPMethod, _ path: String, query: [URLQueryItem] = [], body: (any Encodable)? = nil,
        raw: (body: HTTPClientRequest.Body, contentType: String)? = nil, headers: [(String, String)] = [], timeout: TimeAmount? = nil
    ) async throws -> ByteBuffer {
        // The timeout starts once the gate lets the request through: queueing is not the daemon being slow.
        try await gate.passing {
            let response = try await execute(
                method, path, query: query, body: body, raw: raw, headers: headers, timeout: timeout ?? requestTimeout)
            do {
                return try await response.body.collect(upTo: Self.maximumBodySize)
            } catch {
                throw transportError(error)
            }
        }
    }

    /// Sends a request and returns the response once its head arrived; any non-2xx/304 status is thrown as `.http`.
    /// `raw` sends a body as is (a build context) instead of JSON; `headers` are added as given
    /// (`X-Registry-Auth`, `X-Registry-Config`).
    func execute(
        _ method: HTTPMethod, _ path: String, query: [URLQueryItem] = [], body: (any Encodable)? = nil,
        raw: (body: HTTPClientRequest.Body, contentType: String)? = nil, headers: [(String, String)] = [], timeout: TimeAmount
    ) async throws -> HTTPClientResponse {
        var request = HTTPClientRequest(url: url(path, query: query))
        request.method = method
        if let hostHeader { request.headers.replaceOrAdd(name: "Host", value: hostHeader) }
        for (name, value) in headers { request.headers.replaceOrAdd(name: name, value: value) }
        if let body {
            let data: Data
            do {
                data = try JSONEncoder().encode(body)
            } catch {
                throw EngineError.decoding("cannot encode the request body: \(error)")
            }
            request.headers.replaceOrAdd(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: data))
        }
        if let raw {
            request.headers.replaceOrAdd(name: "Content-Type", value: raw.contentType)
            request.body = raw.body
        }
        logger.trace("engine request", metadata: ["method": "\(method.rawValue)", "path": "\(path)"])
        let response: HTTPClientResponse
        do {
            response = try await http.execute(request, timeout: timeout, logger: logger)
        } catch {
            throw transportError(error)
        }
        let status = response.status.code
        guard (200..<300).contains(status) || status == 304 else {
            let errorBody = try? await response.body.collect(upTo: 1 << 20)
            throw EngineError.http(status: Int(status), message: Self.errorMessage(errorBody, status: response.status))
        }
        return response
    }

    /// The full URL: base, `/v<negotiated>`, `path`, then the percent-encoded query.
    func url(_ path: String, query: [URLQueryItem]) -> String {
        var url = "\(baseURL)/v\(negotiatedVersion)\(path)"
        let pairs = query.compactMap { item in item.value.map { "\(Self.encode(item.name))=\(Self.encode($0))" } }
        if !pairs.isEmpty { url += "?" + pairs.joined(separator: "&") }
        return url
    }

    /// Percent-encodes an object name for a path; `/` and `:` stay, since image references contain them
    /// and dockerd's routes (`/images/{name:.*}/json`) expect them literally.
    static func segment(_ text: String) -> String {
        text.percentEncoded(allowing: pathAllowed)
    }

    /// Maps a transport failure to `.unreachable`, keeping cancellation recognisable.
    func transportError(_ error: any Error) -> any Error {
        if error is EngineError || error is CancellationError { return error }
        return EngineError.unreachable(endpoint.description, tunnel?.failure ?? TransportFailure.describe(error))
    }

    /// The daemon's `{"message": …}`, else the trimmed body text, else the status reason.
    static func errorMessage(_ body: ByteBuffer?, status: HTTPResponseStatus) -> String {
        struct ErrorBody: Decodable { var message: String }
        let bytes = body.map { Array($0.readableBytesView) } ?? []
        if let decoded = try? JSONDecoder().decode(ErrorBody.self, from: Data(bytes)) { return decoded.message }
        let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        return text.isEmpty ? status.reasonPhrase.lowercased() : text
    }

    /// Decodes a JSON answer as `T`.
    func decode<T: Decodable>(_ type: T.Type, from buffer: ByteBuffer) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch {
            throw EngineError.decoding("\(T.self): \(error)")
        }
    }

    // Go's query parser turns `+` into a space, so only RFC 3986 unreserved characters stay unescaped.
    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)

    private static let pathAllowed = unreserved.union("/:@".utf8)

    private static func encode(_ text: String) -> String {
        text.percentEncoded(allowing: unreserved)
    }
}
