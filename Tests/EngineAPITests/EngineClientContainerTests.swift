import Foundation
import Testing

@testable import EngineAPI

@Suite struct EngineClientContainerTests {
    private func endpoint(_ server: StubEngineServer) -> EngineEndpoint {
        EngineEndpoint(transport: .unix(path: server.socketPath))
    }

    private func sampleRequest() -> ContainerCreateRequest {
        var request = ContainerCreateRequest(image: "busybox:latest")
        request.cmd = ["sh", "-c", "echo hello"]
        request.env = ["A=1"]
        request.labels = ["io.mixcompose.project": "demo"]
        var host = HostConfig()
        host.`init` = true
        host.portBindings = ["80/tcp": [HostConfig.PortBinding(hostIP: "", hostPort: "8080")]]
        host.extraHosts = ["db:10.0.0.5"]
        request.hostConfig = host
        var endpoint = EndpointSettings(aliases: ["web"])
        endpoint.ipamConfig = EndpointSettings.IPAMConfig(ipv4Address: "172.30.0.9")
        request.networkingConfig = NetworkingConfig(endpointsConfig: ["demo_default": endpoint])
        return request
    }

    @Test("create sends the name, the platform and a PascalCase body without unset fields")
    func createContainer() async throws {
        try await StubEngineServer.with(apiVersion: "1.41", handler: { _ in .json(#"{"Id":"abc123","Warnings":[]}"#, status: 201) }) { server in
            let created = try await EngineClient.withClient(endpoint(server)) { client in
                try await client.createContainer(name: "demo-web-1", sampleRequest(), platform: "linux/amd64")
            }
            #expect(created.id == "abc123")
            let request = try #require(server.apiRequests.first)
            #expect(request.method == "POST")
            #expect(request.path == "/v1.41/containers/create")
            #expect(request.query == ["name": "demo-web-1", "platform": "linux/amd64"])
            #expect(request.header("Content-Type") == "application/json")
            let body = try #require(request.jsonBody)
            #expect(body["Image"] as? String == "busybox:latest")
            #expect(body["Cmd"] as? [String] == ["sh", "-c", "echo hello"])
            #expect(body["Tty"] == nil)
            let host = try #require(body["HostConfig"] as? [String: Any])
            #expect(host["Init"] as? Bool == true)
            #expect(host["ExtraHosts"] as? [String] == ["db:10.0.0.5"])
            #expect(host["Privileged"] == nil)
            let ports = try #require(host["PortBindings"] as? [String: [[String: String]]])
            #expect(ports["80/tcp"] == [["HostIp": "", "HostPort": "8080"]])
            let networks = try #require((body["NetworkingConfig"] as? [String: Any])?["EndpointsConfig"] as? [String: [String: Any]])
            #expect(networks["demo_default"]?["Aliases"] as? [String] == ["web"])
            #expect((networks["demo_default"]?["IPAMConfig"] as? [String: String]) == ["IPv4Address": "172.30.0.9"])
        }
    }

    @Test("create leaves platform out when the daemon speaks less than 1.41")
    func createWithoutPlatformOnOldDaemon() async throws {
        try await StubEngineServer.with(apiVersion: "1.40", handler: { _ in .json(#"{"Id":"abc"}"#, status: 201) }) { server in
            _ = try await EngineClient.withClient(endpoint(server)) { client in
                try await client.createContainer(name: "x", ContainerCreateRequest(image: "busybox"), platform: "linux")
            }
            let request = try #require(server.apiRequests.first)
            #expect(request.path == "/v1.40/containers/create")
            #expect(request.query == ["name": "x"])
        }
    }

    @Test("lifecycle calls use the right method, path and query", arguments: [
        ("start", "POST", "/v1.41/containers/web/start", [String: String]()),
        ("stop", "POST", "/v1.41/containers/web/stop", ["t": "3"]),
        ("kill", "POST", "/v1.41/containers/web/kill", ["signal": "SIGKILL"]),
        ("remove", "DELETE", "/v1.41/containers/web", ["force": "1", "v": "1"]),
    ])
    func lifecycle(call: String, method: String, path: String, query: [String: String]) async throws {
        try await StubEngineServer.with { server in
            try await EngineClient.withClient(endpoint(server)) { client in
                switch call {
                case "start": try await client.startContainer("web")
                case "stop": try await client.stopContainer("web", timeout: 3)
                case "kill": try await client.killContainer("web", signal: "SIGKILL")
                default: try await client.removeContainer("web", force: true, volumes: true)
                }
            }
            let request = try #require(server.apiRequests.first)
            #expect(request.method == method)
            #expect(request.path == path)
            #expect(request.query == query)
        }
    }

    @Test("starting a running container (304) is not an error")
    func notModifiedIsSuccess() async throws {
        try await StubEngineServer.with(handler: { _ in .empty(304) }) { server in
            try await EngineClient.withClient(endpoint(server)) { try await $0.startContainer("web") }
            #expect(server.apiRequests.count == 1)
        }
    }

    @Test("list sends all and label filters as a JSON object")
    func listWithFilters() async throws {
        let answer = #"[{"Id":"c1","Names":["/demo-web-1"],"State":"running","Labels":{"io.mixcompose.project":"demo"}}]"#
        try await StubEngineServer.with(handler: { _ in .json(answer) }) { server in
            let list = try await EngineClient.withClient(endpoint(server)) { client in
                try await client.listContainers(all: true, filters: .labels(["io.mixcompose.project=demo"]))
            }
            #expect(list.map(\.id) == ["c1"])
            #expect(list.first?.names == ["/demo-web-1"])
            let request = try #require(server.apiRequests.first)
            #expect(request.path == "/v1.41/containers/json")
            #expect(request.query["all"] == "1")
            #expect(request.query["filters"] == #"{"label":{"io.mixcompose.project=demo":true}}"#)
        }
    }

    @Test("inspect decodes state, health, exit code, network addresses and labels")
    func inspect() async throws {
        let answer = """
            {"Id":"c1","Name":"/web","State":{"Status":"running","Running":true,"ExitCode":0,"Health":{"Status":"healthy"}},
             "Config":{"Labels":{"a":"b"},"Tty":false},"HostConfig":{"Init":true,"NetworkMode":"demo_default","PidsLimit":null},
             "NetworkSettings":{"Networks":{"demo_default":{"IPAddress":"172.30.0.2","IPPrefixLen":24,"Aliases":null}}}}
            """
        try await StubEngineServer.with(handler: { _ in .json(answer) }) { server in
            let container = try await EngineClient.withClient(endpoint(server)) { try await $0.inspectContainer("web") }
            #expect(container.state?.running == true)
            #expect(container.state?.health?.status == "healthy")
            #expect(container.state?.exitCode == 0)
            #expect(container.networkSettings?.networks?["demo_default"]?.ipAddress == "172.30.0.2")
            #expect(container.config?.labels == ["a": "b"])
            #expect(container.hostConfig?.`init` == true)
        }
    }

    @Test("wait sends the condition and returns the exit status")
    func wait() async throws {
        try await StubEngineServer.with(handler: { _ in .json(#"{"StatusCode":3,"Error":null}"#) }) { server in
            let result = try await EngineClient.withClient(endpoint(server)) { try await $0.waitContainer("web", condition: .nextExit) }
            #expect(result.statusCode == 3)
            #expect(server.apiRequests.first?.query == ["condition": "next-exit"])
        }
    }

    @Test("logs on API 1.42+ follow the Content-Type and demultiplex stdout and stderr")
    func logsMultiplexed() async throws {
        let frames = LogFrameDecoderTests.frame(1, "hello\n") + LogFrameDecoderTests.frame(2, "oops\n")
        let response = StubEngineServer.Response(
            status: 200, headers: [("Content-Type", "application/vnd.docker.multiplexed-stream")],
            chunks: [Array(frames.prefix(5)), Array(frames.dropFirst(5))])
        try await StubEngineServer.with(apiVersion: "1.43", handler: { _ in response }) { server in
            let lines = try await EngineClient.withClient(endpoint(server)) { client in
                var lines: [LogLine] = []
                for try await line in try await client.logs("web", options: LogOptions(tail: 10, timestamps: true)) { lines.append(line) }
                return lines
            }
            #expect(lines == [LogLine(stream: .stdout, text: "hello"), LogLine(stream: .stderr, text: "oops")])
            let request = try #require(server.apiRequests.first)
            #expect(request.path == "/v1.43/containers/web/logs")
            #expect(request.query == ["stdout": "1", "stderr": "1", "timestamps": "1", "tail": "10"])
        }
    }

    @Test("logs below API 1.42 ask the container whether it has a TTY")
    func logsRawOnOldDaemon() async throws {
        try await StubEngineServer.with(apiVersion: "1.41", handler: { request in
            request.path.hasSuffix("/json")
                ? .json(#"{"Id":"c1","Config":{"Tty":true}}"#)
                : StubEngineServer.Response(status: 200, chunks: [Array("one\ntw".utf8), Array("o\n".utf8)])
        }) { server in
            let lines = try await EngineClient.withClient(endpoint(server)) { client in
                var lines: [String] = []
                for try await line in try await client.logs("web") { lines.append(line.text) }
                return lines
            }
            #expect(lines == ["one", "two"])
            #expect(server.apiRequests.map(\.path) == ["/v1.41/containers/web/json", "/v1.41/containers/web/logs"])
        }
    }
}
