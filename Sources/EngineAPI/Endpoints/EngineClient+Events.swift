import AsyncHTTPClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import NIOCore
import NIOHTTP1

extension EngineClient {
    /// `GET /events?since=&until=&filters=`: daemon events as they happen (endless unless `until` is set).
    /// `since`/`until` are Unix seconds or Go timestamps; filters: `type`, `event`, `container`, `label`, …
    package func events(
        filters: EngineFilters = EngineFilters(), since: String? = nil, until: String? = nil
    ) async throws -> JSONLinesSequence<EventMessage> {
        let query = [URLQueryItem(name: "since", value: since), URLQueryItem(name: "until", value: until), filters.queryItem]
        return try await jsonLines(.GET, "/events", query: query.compactMap { $0 })
    }
}
