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
    /// `POST /networks/create`: `.http` 409 when the name is taken, 403 for predefined names.
    package func createNetwork(_ request: NetworkCreateRequest) async throws -> NetworkCreateResponse {
        try await post("/networks/create", body: request)
    }

    /// `GET /networks/{id}`: the network with its attached containers and their addresses.
    package func inspectNetwork(_ id: String) async throws -> NetworkInspect {
        try await get("/networks/\(Self.segment(id))")
    }

    /// `GET /networks?filters=`: networks, filtered by `label`, `name` (partial match!), `driver`, …
    package func listNetworks(filters: EngineFilters = EngineFilters()) async throws -> [NetworkInspect] {
        try await get("/networks", query: [filters.queryItem].compactMap { $0 })
    }

    /// `DELETE /networks/{id}`: `.http` 403 while containers are attached.
    package func removeNetwork(_ id: String) async throws {
        try await delete("/networks/\(Self.segment(id))")
    }

    /// `POST /networks/{id}/connect`: attaches a container, with DNS aliases and a static IPv4 address if given.
    package func connectNetwork(
        _ network: String, container: String, aliases: [String]? = nil, ipv4Address: String? = nil
    ) async throws {
        var endpoint = EndpointSettings(aliases: aliases)
        if let ipv4Address { endpoint.ipamConfig = EndpointSettings.IPAMConfig(ipv4Address: ipv4Address) }
        try await connectNetwork(network, container: container, endpointConfig: endpoint)
    }

    /// `POST /networks/{id}/connect` with full endpoint settings (aliases, addresses, MAC, driver options).
    package func connectNetwork(_ network: String, container: String, endpointConfig: EndpointSettings) async throws {
        let body = NetworkConnectRequest(container: container, endpointConfig: endpointConfig)
        try await post("/networks/\(Self.segment(network))/connect", body: body)
    }

    /// `POST /networks/{id}/disconnect`: detaches a container (`force` also for a stopped one).
    package func disconnectNetwork(_ network: String, container: String, force: Bool = false) async throws {
        struct Body: Encodable {
            var container: String
            var force: Bool
            enum CodingKeys: String, CodingKey { case container = "Container", force = "Force" }
        }
        try await post("/networks/\(Self.segment(network))/disconnect", body: Body(container: container, force: force))
    }
}
