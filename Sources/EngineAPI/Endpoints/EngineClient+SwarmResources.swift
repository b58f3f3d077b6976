import AsyncHTTPClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore
import NIOHTTP1

// Secrets, configs and overlay networks of a swarm, created from raw JSON bodies (`Name`, `Labels`, `Data`
// in base64; a network's `Driver: overlay`, `Attachable`, …).
extension EngineClient {
    /// `POST /secrets/create` or `/configs/create`: the new object's ID (`.http` 409 when the name is taken).
    package func createSwarmResource(_ kind: SwarmResourceKind, json: [UInt8]) async throws -> String {
        try decode(SwarmCreateResponse.self, from: await sendJSON(.POST, "\(kind.path)/create", json: json)).id
    }

    /// `GET /secrets?filters=` or `/configs?filters=`: filtered by `label`, `name`, `id`.
    package func listSwarmResources(_ kind: SwarmResourceKind, filters: EngineFilters = EngineFilters()) async throws -> [SwarmResource] {
        try await get(kind.path, query: [filters.queryItem].compactMap { $0 })
    }

    /// `DELETE /secrets/{id}` or `/configs/{id}`: `.http` 400 while a service uses it.
    package func removeSwarmResource(_ kind: SwarmResourceKind, id: String) async throws {
        try await delete("\(kind.path)/\(Self.segment(id))")
    }

    /// `POST /networks/create` with a body the caller rendered (an overlay network of a stack): the network's ID.
    package func createNetwork(json: [UInt8]) async throws -> String {
        try decode(NetworkCreateResponse.self, from: await sendJSON(.POST, "/networks/create", json: json)).id
    }
}
