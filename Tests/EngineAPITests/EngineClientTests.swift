import Foundation
import Testing

@testable import EngineAPI

@Suite struct EngineClientTests {
    private func endpoint(_ server: StubEngineServer) -> EngineEndpoint {
        EngineEndpoint(transport: .unix(path: server.socketPath))
    }

    @Test("a 1.41 daemon is addressed at /v1.41 with a Host header on the unix socket")
    func negotiatesDaemonVersion() async throws {
        try await StubEngineServer.with(apiVersion: "1.41", handler: { _ in .json(#"{"OSType":"linux","Driver":"overlay2"}"#) }) { server in
            let info = try await EngineClient.withClient(endpoint(server)) { client in
                #expect(client.negotiatedVersion == APIVersion(1, 41))
                #expect(client.daemonOSType == "linux")
                #expect(client.supports(APIVersion(1, 41)))
                #expect(!client.supports(APIVersion(1, 42)))
                return try await client.info()
            }
            #expect(info.engineOS == .linux)
            let request = try #require(server.apiRequests.first)
            #expect(request.method == "GET")
            #expect(request.path == "/v1.41/info")
            #expect(request.header("Host") == "docker")
            #expect(server.requests.first?.path == "/_ping")
        }
    }

    @Test("a daemon newer than the client is addressed at the client's maximum")
    func capsAtClientMaximum() async throws {
        try await StubEngineServer.with(apiVersion: "1.50", handler: { _ in .json(#"{"Version":"28.2.0","ApiVersion":"1.50"}"#) }) { server in
            let version = try await EngineClient.withClient(endpoint(server)) { client in
                #expect(client.negotiatedVersion == APIVersion.clientMaximum)
                return try await client.version()
            }
            #expect(version.apiVersion == "1.50")
            #expect(server.apiRequests.map(\.path) == ["/v1.47/version"])
        }
    }

    @Test("a daemon without an Api-Version header is addressed at the client's maximum")
    func missingVersionHeader() async throws {
        try await StubEngineServer.with(apiVersion: nil) { server in
            let version = try await EngineClient.withClient(endpoint(server)) { $0.negotiatedVersion }
            #expect(version == APIVersion.clientMaximum)
        }
    }

    @Test("info classifies a windows daemon with an lcow driver as windows LCOW")
    func lcowDetection() async throws {
        let body = #"{"OSType":"windows","Driver":"windowsfilter (windows) lcow (linux)","Isolation":"hyperv","OperatingSystem":"Windows Server 2019 Datacenter"}"#
        try await StubEngineServer.with(handler: { _ in .json(body) }) { server in
            let info = try await EngineClient.withClient(endpoint(server)) { try await $0.info() }
            #expect(info.engineOS == .windowsLCOW)
            #expect(info.isolation == "hyperv")
            #expect(info.operatingSystem == "Windows Server 2019 Datacenter")
        }
    }

    @Test("non-2xx answers become .http with the daemon's message", arguments: [
        (404, "No such container: web"), (409, "Conflict. The container name \"/web\" is already in use"), (500, "boom"),
    ])
    func httpErrors(status: Int, message: String) async throws {
        try await StubEngineServer.with(handler: { _ in .error(status, message) }) { server in
            await #expect(throws: EngineError.http(status: status, message: message)) {
                try await EngineClient.withClient(endpoint(server)) { try await $0.inspectContainer("web") }
            }
        }
    }

    @Test("a non-JSON error body is reported as text, never as a decoding error")
    func plainTextError() async throws {
        let response = StubEngineServer.Response(status: 500, chunks: [Array("page not found\n".utf8)])
        try await StubEngineServer.with(handler: { _ in response }) { server in
            let error = await #expect(throws: EngineError.self) {
                try await EngineClient.withClient(endpoint(server)) { try await $0.info() }
            }
            #expect(error == .http(status: 500, message: "page not found"))
        }
    }

    @Test("a 2xx answer of the wrong shape is a decoding error")
    func decodingError() async throws {
        try await StubEngineServer.with(handler: { _ in .json(#"{"Id": 42}"#) }) { server in
            let error = await #expect(throws: EngineError.self) {
                try await EngineClient.withClient(endpoint(server)) { try await $0.inspectImage("busybox") }
            }
            guard case .decoding = error else {
                Issue.record("expected .decoding, got \(String(describing: error))")
                return
            }
        }
    }

    @Test("404 and 409 are recognisable without matching message text")
    func errorHelpers() {
        #expect(EngineError.http(status: 404, message: "x").isNotFound)
        #expect(!EngineError.http(status: 404, message: "x").isConflict)
        #expect(EngineError.http(status: 409, message: "x").isConflict)
        #expect(!EngineError.unreachable("unix:///x", "y").isNotFound)
        #expect(EngineError.http(status: 409, message: "volume is in use").description == "docker engine answered 409: volume is in use")
    }

    @Test("a socket nobody listens on is .unreachable naming the endpoint")
    func unreachable() async throws {
        let endpoint = EngineEndpoint(transport: .unix(path: NSTemporaryDirectory() + "no-such-engine-\(UUID().uuidString).sock"))
        let error = await #expect(throws: EngineError.self) {
            try await EngineClient.withClient(endpoint) { _ in () }
        }
        guard case .unreachable(let name, _) = error else {
            Issue.record("expected .unreachable, got \(String(describing: error))")
            return
        }
        #expect(name == endpoint.description)
    }

    @Test("a named pipe endpoint outside WSL is refused before any I/O")
    func namedPipeUnsupported() async throws {
        let endpoint = try EngineEndpoint.parse("npipe:////./pipe/docker_engine")
        let error = await #expect(throws: EngineError.self) {
            try await EngineClient.withClient(endpoint, environment: ["PATH": "/usr/bin:/bin"]) { _ in () }
        }
        #expect(error?.description.contains("named pipes are reachable only when mixcompose runs under WSL") == true)
    }
}
