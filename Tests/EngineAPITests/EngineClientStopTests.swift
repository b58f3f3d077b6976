import Foundation
import NIOCore
import Testing

@testable import EngineAPI

/// Stops take as long as the container's grace period: their deadline follows it, not the ordinary one.
@Suite struct EngineClientStopTests {
    private func endpoint(_ server: StubEngineServer) -> EngineEndpoint {
        EngineEndpoint(transport: .unix(path: server.socketPath))
    }

    /// A daemon that answers stops only after 10 s: far from both the
    /// 300 ms ordinary timeout and the 12 s grace periods below, so even a heavily loaded machine (CI with
    /// builds beside it) cannot blur them.
    private func slowDaemon(stopTimeout: Int? = nil) -> @Sendable (StubEngineServer.Request) -> StubEngineServer.Response {
        { request in
            if request.path.hasSuffix("/stop") { return StubEngineServer.Response.empty().delayed(by: .seconds(10)) }
            let config = stopTimeout.map { #","Config":{"StopTimeout":\#($0)}"# } ?? ""
            let inspect = StubEngineServer.Response.json(#"{"Id":"web"\#(config)}"#)
            return inspect
        }
    }

    @Test("a stop with a grace period outlasts the ordinary request timeout by that period")
    func stopDeadlineFollowsTimeout() async throws {
        try await StubEngineServer.with(handler: slowDaemon()) { server in
            try await EngineClient.withClient(endpoint(server), requestTimeout: .milliseconds(300)) { client in
                try await client.stopContainer("web", timeout: 12)
                await #expect(throws: EngineError.self) { try await client.stopContainer("web", timeout: 0) }
            }
            #expect(server.apiRequests.first?.query == ["t": "12"])
        }
    }

    @Test("a stop without a timeout waits for the container's own StopTimeout, read by inspecting it")
    func stopDeadlineFollowsContainer() async throws {
        try await StubEngineServer.with(handler: slowDaemon(stopTimeout: 12)) { server in
            try await EngineClient.withClient(endpoint(server), requestTimeout: .milliseconds(300)) { client in
                try await client.stopContainer("web")
            }
            #expect(server.apiRequests.map(\.path) == ["/v1.41/containers/web/json", "/v1.41/containers/web/stop"])
            #expect(server.apiRequests.last?.query == [:])
        }
        try await StubEngineServer.with(handler: slowDaemon(stopTimeout: 0)) { server in
            try await EngineClient.withClient(endpoint(server), requestTimeout: .milliseconds(300)) { client in
                await #expect(throws: EngineError.self) { try await client.stopContainer("web") }
            }
        }
    }

    @Test("rename posts the new name")
    func rename() async throws {
        try await StubEngineServer.with { server in
            try await EngineClient.withClient(endpoint(server)) { try await $0.renameContainer("abc", to: "demo-web-1") }
            let request = try #require(server.apiRequests.first)
            #expect(request.method == "POST")
            #expect(request.path == "/v1.41/containers/abc/rename")
            #expect(request.query == ["name": "demo-web-1"])
        }
    }

    @Test("logs send since and until as given")
    func logsSinceUntil() async throws {
        let raw = StubEngineServer.Response(status: 200, headers: [("Content-Type", "application/vnd.docker.raw-stream")])
        try await StubEngineServer.with(apiVersion: "1.42", handler: { _ in raw }) { server in
            try await EngineClient.withClient(endpoint(server)) { client in
                let options = LogOptions(since: "1733443200.000000000", until: "1733446800")
                for try await _ in try await client.logs("web", options: options) {}
            }
            let query = try #require(server.apiRequests.last?.query)
            #expect(query["since"] == "1733443200.000000000")
            #expect(query["until"] == "1733446800")
        }
    }
}
