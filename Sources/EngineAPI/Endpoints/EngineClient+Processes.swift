#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension EngineClient {
    /// `POST /containers/{id}/pause`: freezes every process of a running container; `.http` 409 when it is not
    /// running or already paused.
    package func pauseContainer(_ id: String) async throws {
        try await post("/containers/\(Self.segment(id))/pause")
    }

    /// `POST /containers/{id}/unpause`: thaws a paused container; `.http` 409 when it is not paused.
    package func unpauseContainer(_ id: String) async throws {
        try await post("/containers/\(Self.segment(id))/unpause")
    }

    /// `GET /containers/{id}/top`: the processes of a running container, as the daemon's `ps` (Linux) or its
    /// process list (Windows) gives them; `psArgs` (Linux only) replaces the default `-ef`.
    package func top(_ id: String, psArgs: String? = nil) async throws -> ContainerTop {
        try await get("/containers/\(Self.segment(id))/top", query: [URLQueryItem(name: "ps_args", value: psArgs)].filter { $0.value != nil })
    }
}
