import Foundation
import Testing

@testable import EngineAPI

/// `pause`, `unpause`, `top` and the image facts `images` reads, against a stub daemon.
@Suite struct EngineClientProcessTests {
    private func endpoint(_ server: StubEngineServer) -> EngineEndpoint {
        EngineEndpoint(transport: .unix(path: server.socketPath))
    }

    @Test("pause and unpause post to the container's own paths")
    func pauseAndUnpause() async throws {
        try await StubEngineServer.with(apiVersion: "1.41", handler: { _ in .json("", status: 204) }) { server in
            try await EngineClient.withClient(endpoint(server)) { client in
                try await client.pauseContainer("abc")
                try await client.unpauseContainer("abc")
            }
            #expect(server.apiRequests.map { "\($0.method) \($0.path)" } == ["POST /v1.41/containers/abc/pause", "POST /v1.41/containers/abc/unpause"])
        }
    }

    @Test("top reads the daemon's titles and process rows, and sends ps arguments only when given")
    func top() async throws {
        let answer = #"{"Titles":["UID","PID","CMD"],"Processes":[["root","12","sleep 3600"]]}"#
        try await StubEngineServer.with(apiVersion: "1.41", handler: { _ in .json(answer) }) { server in
            let (plain, custom) = try await EngineClient.withClient(endpoint(server)) { client in
                (try await client.top("abc"), try await client.top("abc", psArgs: "aux"))
            }
            #expect(plain == ContainerTop(titles: ["UID", "PID", "CMD"], processes: [["root", "12", "sleep 3600"]]))
            #expect(custom == plain)
            #expect(server.apiRequests.map(\.path) == ["/v1.41/containers/abc/top", "/v1.41/containers/abc/top"])
            #expect(server.apiRequests.map(\.query) == [[:], ["ps_args": "aux"]])
        }
    }

    @Test("an image inspect carries its build time and last tag time")
    func imageTimes() async throws {
        let answer = #"{"Id":"sha256:1","Os":"linux","Architecture":"amd64","Size":42,"Created":"2026-12-01T10:00:00.5Z","Metadata":{"LastTagTime":"2026-12-06T13:21:52.903895594Z"}}"#
        try await StubEngineServer.with(apiVersion: "1.41", handler: { _ in .json(answer) }) { server in
            let image = try await EngineClient.withClient(endpoint(server)) { client in try await client.inspectImage("busybox") }
            #expect(image.created == "2026-12-01T10:00:00.5Z")
            #expect(image.metadata?.lastTagTime == "2026-12-06T13:21:52.903895594Z")
            #expect(image.size == 42)
        }
    }
}
