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
    /// `GET /_ping`: checks the daemon answers and reads its `Api-Version` and `Ostype` headers.
    package func ping() async throws -> PingResult {
        let response = try await execute(.GET, "/_ping", timeout: requestTimeout)
        return PingResult(
            apiVersion: response.headers.first(name: "Api-Version").flatMap { APIVersion($0) },
            osType: response.headers.first(name: "Ostype"))
    }

    /// `GET /version`: engine and API versions, OS and architecture.
    package func version() async throws -> VersionInfo {
        try await get("/version")
    }

    /// `GET /info`: the daemon's OS type, storage driver, isolation and host details.
    package func info() async throws -> SystemInfo {
        try await get("/info")
    }
}
