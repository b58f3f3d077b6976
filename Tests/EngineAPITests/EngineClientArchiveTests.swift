import Foundation
import Testing

@testable import EngineAPI

@Suite struct EngineClientArchiveTests {
    @Test("putArchive sends the tar as the body of PUT /containers/{id}/archive with path and copyUIDGID")
    func putArchive() async throws {
        var archive = TarArchive()
        archive.addFile("run/secrets/token", contents: Array("s3cret".utf8), mode: 0o400, uid: 1000, gid: 1001)
        try await StubEngineServer.with(apiVersion: "1.41", handler: { _ in .empty(200) }) { server in
            try await EngineClient.withClient(EngineEndpoint(transport: .unix(path: server.socketPath))) { client in
                try await client.putArchive(archive.bytes, container: "abc", path: "/", copyUIDGID: true)
                try await client.putArchive(archive.bytes, container: "abc", path: #"C:\"#)
            }
            let requests = server.apiRequests
            #expect(requests.map(\.method) == ["PUT", "PUT"])
            #expect(requests.map(\.path) == ["/v1.41/containers/abc/archive", "/v1.41/containers/abc/archive"])
            #expect(requests.first?.query == ["path": "/", "copyUIDGID": "1"])
            #expect(requests.last?.query == ["path": #"C:\"#])
            #expect(requests.first?.header("Content-Type") == "application/x-tar")
            #expect(requests.first?.body == archive.bytes)
        }
    }

    @Test("a refused archive (a read-only root filesystem) throws the daemon's message")
    func refused() async throws {
        try await StubEngineServer.with(apiVersion: "1.41", handler: { _ in .error(403, "container rootfs is marked read-only") }) { server in
            await #expect(throws: EngineError.http(status: 403, message: "container rootfs is marked read-only")) {
                try await EngineClient.withClient(EngineEndpoint(transport: .unix(path: server.socketPath))) { client in
                    try await client.putArchive(TarArchive().bytes, container: "abc", path: "/")
                }
            }
        }
    }
}
