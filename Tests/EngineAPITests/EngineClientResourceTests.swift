import Foundation
import Testing

@testable import EngineAPI

@Suite struct EngineClientResourceTests {
    private func endpoint(_ server: StubEngineServer) -> EngineEndpoint {
        EngineEndpoint(transport: .unix(path: server.socketPath))
    }

    @Test("image inspect keeps slashes and colons of the reference in the path and decodes Os")
    func inspectImage() async throws {
        try await StubEngineServer.with(handler: { _ in .json(#"{"Id":"sha256:1","Os":"windows","Architecture":"amd64"}"#) }) { server in
            let image = try await EngineClient.withClient(endpoint(server)) { try await $0.inspectImage("mcr.microsoft.com/windows/nanoserver:ltsc2022") }
            #expect(image.os == "windows")
            #expect(image.architecture == "amd64")
            #expect(server.apiRequests.first?.path == "/v1.41/images/mcr.microsoft.com/windows/nanoserver:ltsc2022/json")
        }
    }

    @Test("pull sends fromImage, tag and platform and succeeds when the stream has no error")
    func pullSucceeds() async throws {
        let lines = #"{"status":"Pulling from library/busybox","id":"latest"}"# + "\n" + #"{"status":"Downloading","progressDetail":{"current":1,"total":2}}"# + "\n"
        try await StubEngineServer.with(handler: { _ in .json(lines) }) { server in
            try await EngineClient.withClient(endpoint(server)) { try await $0.pull(image: "busybox", tag: "latest", platform: "linux/amd64") }
            let request = try #require(server.apiRequests.first)
            #expect(request.method == "POST")
            #expect(request.path == "/v1.41/images/create")
            #expect(request.query == ["fromImage": "busybox", "tag": "latest", "platform": "linux/amd64"])
        }
    }

    @Test("a pull whose stream reports an error throws that message")
    func pullFailsInsideStream() async throws {
        let error = #"{"errorDetail":{"message":"no matching manifest for linux/amd64"},"error":"no matching manifest for linux/amd64"}"#
        let response = StubEngineServer.Response(
            status: 200, chunks: [Array(#"{"status":"Pulling"}"#.utf8), Array("\n\(error)\n".utf8)])
        try await StubEngineServer.with(handler: { _ in response }) { server in
            await #expect(throws: EngineError.stream("no matching manifest for linux/amd64")) {
                try await EngineClient.withClient(endpoint(server)) { try await $0.pull(image: "x", tag: "latest") }
            }
        }
    }

    @Test("progress lines are decoded one by one")
    func pullProgress() async throws {
        try await StubEngineServer.with(handler: { _ in .json("{\"status\":\"a\"}\n\n{\"status\":\"b\"}") }) { server in
            let statuses = try await EngineClient.withClient(endpoint(server)) { client in
                var statuses: [String?] = []
                for try await line in try await client.pullProgress(image: "x", tag: "1") { statuses.append(line.status) }
                return statuses
            }
            #expect(statuses == ["a", "b"])
        }
    }

    @Test("network create sends the request body and connect sends aliases and a static address")
    func networks() async throws {
        try await StubEngineServer.with(handler: { request in
            request.path.hasSuffix("/create") ? .json(#"{"Id":"n1","Warning":""}"#, status: 201) : .empty(200)
        }) { server in
            try await EngineClient.withClient(endpoint(server)) { client in
                var request = NetworkCreateRequest(name: "demo_default")
                request.labels = ["io.mixcompose.project": "demo"]
                request.ipam = IPAM(config: [IPAM.Pool(subnet: "172.30.0.0/24")])
                request.attachable = true
                let created = try await client.createNetwork(request)
                #expect(created.id == "n1")
                try await client.connectNetwork("n1", container: "web", aliases: ["web", "api"], ipv4Address: "172.30.0.9")
            }
            let (create, connect) = (server.apiRequests[0], server.apiRequests[1])
            #expect(create.path == "/v1.41/networks/create")
            let body = try #require(create.jsonBody)
            #expect(body["Name"] as? String == "demo_default")
            #expect(body["Attachable"] as? Bool == true)
            #expect(body["Internal"] == nil)
            #expect(((body["IPAM"] as? [String: Any])?["Config"] as? [[String: String]]) == [["Subnet": "172.30.0.0/24"]])
            #expect(connect.path == "/v1.41/networks/n1/connect")
            let connectBody = try #require(connect.jsonBody)
            #expect(connectBody["Container"] as? String == "web")
            let settings = try #require(connectBody["EndpointConfig"] as? [String: Any])
            #expect(settings["Aliases"] as? [String] == ["web", "api"])
            #expect(settings["IPAMConfig"] as? [String: String] == ["IPv4Address": "172.30.0.9"])
        }
    }

    @Test("volume create, list with label filters and remove")
    func volumes() async throws {
        try await StubEngineServer.with(handler: { request in
            switch request.method {
            case "POST": return .json(#"{"Name":"demo_data","Driver":"local","Labels":{"a":"b"}}"#, status: 201)
            case "GET": return .json(#"{"Volumes":[{"Name":"demo_data"}],"Warnings":null}"#)
            default: return .empty()
            }
        }) { server in
            try await EngineClient.withClient(endpoint(server)) { client in
                let volume = try await client.createVolume(VolumeCreateRequest(name: "demo_data", labels: ["a": "b"]))
                #expect(volume.labels == ["a": "b"])
                #expect(try await client.listVolumes(filters: .labels(["a=b"])).map(\.name) == ["demo_data"])
                try await client.removeVolume("demo_data")
            }
            let requests = server.apiRequests
            #expect(requests.map(\.method) == ["POST", "GET", "DELETE"])
            #expect(requests[0].jsonBody?["Labels"] as? [String: String] == ["a": "b"])
            #expect(requests[0].jsonBody?["Driver"] == nil)
            #expect(requests[1].query["filters"] == #"{"label":{"a=b":true}}"#)
            #expect(requests[2].path == "/v1.41/volumes/demo_data")
        }
    }

    @Test("events are decoded from JSON lines with since, until and filters")
    func events() async throws {
        let body = #"{"Type":"container","Action":"start","Actor":{"ID":"c1","Attributes":{"name":"web"}},"time":5}"# + "\n"
        try await StubEngineServer.with(handler: { _ in .json(body) }) { server in
            let events = try await EngineClient.withClient(endpoint(server)) { client in
                var events: [EventMessage] = []
                for try await event in try await client.events(filters: EngineFilters(["type": ["container"]]), since: "1", until: "9") {
                    events.append(event)
                }
                return events
            }
            #expect(events.map(\.action) == ["start"])
            #expect(events.first?.actor?.attributes?["name"] == "web")
            #expect(server.apiRequests.first?.query == ["since": "1", "until": "9", "filters": #"{"type":{"container":true}}"#])
        }
    }
}
