#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension EngineClient {
    /// `POST /containers/{id}/attach?stream=1` on a hijacked connection, for a created container: once
    /// attached, `attached` runs (it starts the container, so no output is lost); `input`'s bytes go to its
    /// stdin (nil: none), and its output comes to `output` (raw with `tty`, else split into stdout and
    /// stderr) until the container's streams end. Not over TLS, which this client cannot hijack.
    package func attachContainer(
        _ id: String, tty: Bool, input: AsyncStream<[UInt8]>?, attached: @escaping @Sendable () async throws -> Void,
        output: @escaping @Sendable (OutputChunk) async throws -> Void
    ) async throws {
        let stdin = input == nil ? "0" : "1"
        let path = "/v\(negotiatedVersion)/containers/\(Self.segment(id))/attach?stream=1&stdin=\(stdin)&stdout=1&stderr=1"
        try await hijackedConnection().run(
            path: path, body: [], input: input, upgraded: attached, output: Self.chunks(tty: tty, to: output))
    }

    /// `POST /containers/{id}/resize?h=&w=`: the size of a container's TTY, in characters.
    package func resizeContainer(_ id: String, height: Int, width: Int) async throws {
        let query = [URLQueryItem(name: "h", value: String(height)), URLQueryItem(name: "w", value: String(width))]
        try await post("/containers/\(Self.segment(id))/resize", query: query)
    }
}
