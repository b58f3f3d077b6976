import AsyncHTTPClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore
import NIOHTTP1

extension EngineClient {
    /// Sends a request whose answer is a stream, and returns its body as it arrives plus the response headers.
    ///
    /// Only the response head is awaited here (a non-2xx status is thrown as `.http`); the body is read lazily
    /// by iterating the returned sequence, with no task of its own.
    func stream(
        _ method: HTTPMethod, _ path: String, query: [URLQueryItem] = [], body: (any Encodable)? = nil,
        headers: [(String, String)] = []
    ) async throws -> (bytes: EngineByteStream, headers: HTTPHeaders) {
        let response = try await execute(method, path, query: query, body: body, headers: headers, timeout: Self.streamTimeout)
        return (EngineByteStream(body: response.body, endpoint: endpoint.description), response.headers)
    }

    /// A streamed answer decoded as one JSON document per line.
    func jsonLines<Element: Decodable & Sendable>(
        _ method: HTTPMethod, _ path: String, query: [URLQueryItem] = [], headers: [(String, String)] = [],
        as type: Element.Type = Element.self
    ) async throws -> JSONLinesSequence<Element> {
        JSONLinesSequence(bytes: try await stream(method, path, query: query, headers: headers).bytes)
    }
}

extension URLQueryItem {
    /// `name=1` when `flag` is true, otherwise nothing (dockerd treats absent as false).
    static func flag(_ name: String, _ flag: Bool) -> URLQueryItem {
        URLQueryItem(name: name, value: flag ? "1" : nil)
    }
}
