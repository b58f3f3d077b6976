import AsyncHTTPClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore
import NIOHTTP1

// The swarm endpoints a manager answers (API 1.41). Specs go as raw JSON bodies the caller renders, so this
// module needs no model of a `ServiceSpec`; answers decode into the summaries callers need.
extension EngineClient {
    /// `GET /nodes`: the swarm's nodes with their roles, labels and platforms.
    package func listNodes() async throws -> [SwarmNode] {
        try await get("/nodes")
    }

    /// `POST /services/create` with a `ServiceSpec` as JSON: the new service's ID (`.http` 409 when the name is taken).
    /// `registryAuth` goes as `X-Registry-Auth`: the manager keeps it for the nodes' pulls (`--with-registry-auth`).
    package func createService(spec json: [UInt8], registryAuth: String? = nil) async throws -> SwarmCreateResponse {
        try decode(
            SwarmCreateResponse.self,
            from: await sendJSON(.POST, "/services/create", json: json, headers: Self.registryAuthHeader(registryAuth)))
    }

    /// `GET /services?filters=`: services, filtered by `label`, `name` (prefix!), `id`, `mode`.
    package func listServices(filters: EngineFilters = EngineFilters()) async throws -> [SwarmServiceSummary] {
        try await get("/services", query: [filters.queryItem].compactMap { $0 })
    }

    /// `GET /services/{id}`: one service by ID or name.
    package func inspectService(_ id: String) async throws -> SwarmServiceSummary {
        try await get("/services/\(Self.segment(id))")
    }

    /// `POST /services/{id}/update?version=`: replaces the spec of the service at `version` (`.http` 500
    /// "update out of sequence" when another update came first); `registryAuth` as for `createService`.
    package func updateService(_ id: String, version: SwarmVersion, spec json: [UInt8], registryAuth: String? = nil) async throws {
        let query = [URLQueryItem(name: "version", value: String(version.index))]
        _ = try await sendJSON(
            .POST, "/services/\(Self.segment(id))/update", query: query, json: json, headers: Self.registryAuthHeader(registryAuth))
    }

    /// `DELETE /services/{id}`: the manager then shuts its tasks down (their containers go a little later).
    package func removeService(_ id: String) async throws {
        try await delete("/services/\(Self.segment(id))")
    }

    /// `GET /tasks?filters=`: tasks, filtered by `service`, `label`, `node`, `desired-state`, `name`.
    package func listTasks(filters: EngineFilters = EngineFilters()) async throws -> [SwarmTask] {
        try await get("/tasks", query: [filters.queryItem].compactMap { $0 })
    }

    /// Sends a request whose body is JSON the caller rendered, returning the answer's body.
    func sendJSON(
        _ method: HTTPMethod, _ path: String, query: [URLQueryItem] = [], json: [UInt8], headers: [(String, String)] = []
    ) async throws -> ByteBuffer {
        try await send(method, path, query: query, raw: (.bytes(ByteBuffer(bytes: json)), "application/json"), headers: headers)
    }

    /// `X-Registry-Auth` when there is one to send; the CLI sends none without `--with-registry-auth`.
    static func registryAuthHeader(_ auth: String?) -> [(String, String)] {
        auth.map { [("X-Registry-Auth", $0)] } ?? []
    }
}
