import Foundation
import Testing

@testable import EngineAPI

@Suite struct RegistryHeaderTests {
    private func endpoint(_ server: StubEngineServer) -> EngineEndpoint {
        EngineEndpoint(transport: .unix(path: server.socketPath))
    }

    @Test("a pull sends its credentials as X-Registry-Auth, and e30= without any")
    func pullHeader() async throws {
        let auth = AuthConfig(username: "mxc", password: "pw", serverAddress: "127.0.0.1:23761")
        try await StubEngineServer.with(handler: { _ in .json(#"{"status":"Pulling"}"#) }) { server in
            try await EngineClient.withClient(endpoint(server)) { client in
                try await client.pull(image: "127.0.0.1:23761/mxc/busybox:latest", auth: auth)
                try await client.pull(image: "busybox")
            }
            let requests = server.apiRequests
            #expect(requests.map(\.path) == ["/v1.41/images/create", "/v1.41/images/create"])
            #expect(requests.first?.header("X-Registry-Auth") == auth.header)
            #expect(requests.last?.header("X-Registry-Auth") == "e30=")
        }
    }

    @Test("a build sends every registry's credentials as X-Registry-Config")
    func buildHeader() async throws {
        var options = ImageBuildOptions()
        options.authConfigs = ["127.0.0.1:23761": AuthConfig(username: "mxc", password: "pw", serverAddress: "127.0.0.1:23761")]
        try await StubEngineServer.with(handler: { _ in .json(#"{"stream":"ok\n"}"#) }) { server in
            try await EngineClient.withClient(endpoint(server)) { client in
                try await client.build(context: TarArchive().bytes, options: options)
                try await client.build(context: TarArchive().bytes, options: ImageBuildOptions())
            }
            let headers = server.apiRequests.map { $0.header("X-Registry-Config") }
            #expect(headers == [AuthConfig.configHeader(options.authConfigs), "e30="])
        }
    }
}
