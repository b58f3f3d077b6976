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
    /// `POST /volumes/create`: an existing volume of the same name and driver is returned as is.
    package func createVolume(_ request: VolumeCreateRequest) async throws -> Volume {
        try await post("/volumes/create", body: request)
    }

    /// `GET /volumes/{name}`.
    package func inspectVolume(_ name: String) async throws -> Volume {
        try await get("/volumes/\(Self.segment(name))")
    }

    /// `GET /volumes?filters=`: volumes, filtered by `label`, `name`, `driver`, `dangling`.
    package func listVolumes(filters: EngineFilters = EngineFilters()) async throws -> [Volume] {
        let list: VolumeListResponse = try await get("/volumes", query: [filters.queryItem].compactMap { $0 })
        return list.volumes ?? []
    }

    /// `DELETE /volumes/{name}?force=`: `.http` 409 while a container uses it.
    package func removeVolume(_ name: String, force: Bool = false) async throws {
        try await delete("/volumes/\(Self.segment(name))", query: [.flag("force", force)])
    }
}
