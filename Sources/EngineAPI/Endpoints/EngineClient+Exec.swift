#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore
import NIOHTTP1

extension EngineClient {
    /// `POST /containers/{id}/exec`: prepares a command in a running container and returns the exec ID.
    package func createExec(container id: String, _ request: ExecCreateRequest) async throws -> String {
        struct Created: Decodable {
            var id: String
            enum CodingKeys: String, CodingKey { case id = "Id" }
        }
        let created: Created = try await post("/containers/\(Self.segment(id))/exec", body: request)
        return created.id
    }

    /// `POST /exec/{id}/start` with `Detach: false`: runs the command and returns its output lines once it
    /// ended (the body is multiplexed, as logs without a TTY).
    package func startExec(_ id: String) async throws -> [LogLine] {
        struct Start: Encodable {
            var detach = false
            var tty = false
            enum CodingKeys: String, CodingKey { case detach = "Detach", tty = "Tty" }
        }
        let body = try await send(.POST, "/exec/\(Self.segment(id))/start", body: Start())
        var decoder = LogFrameDecoder(framing: .multiplexed)
        return try decoder.append(body.readableBytesView) + decoder.finish()
    }

    /// `GET /exec/{id}/json`: whether the command still runs, and its exit code.
    package func inspectExec(_ id: String) async throws -> ExecInspect {
        try await get("/exec/\(Self.segment(id))/json")
    }
}
