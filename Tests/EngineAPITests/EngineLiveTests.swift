import Foundation
import Testing

@testable import EngineAPI

@Suite(.enabled(if: LiveTestbed.isEnabled, "needs the testbed daemon (MIXCOMPOSE_TESTBED_LINUX_HOST)"))
struct EngineLiveTests {
    @Test("ping and info report a linux daemon at a negotiated version")
    func pingAndInfo() async throws {
        try await EngineClient.withClient(LiveTestbed.endpoint()) { client in
            let ping = try await client.ping()
            let daemonVersion = try #require(ping.apiVersion)
            #expect(client.negotiatedVersion == min(daemonVersion, APIVersion.clientMaximum))
            #expect(ping.osType == "linux")
            let info = try await client.info()
            #expect(info.engineOS == .linux)
            #expect(try await client.inspectImage(LiveTestbed.image).os == "linux")
        }
    }

    @Test("a container is created, started, inspected, logged, stopped and removed")
    func containerLifecycle() async throws {
        let name = LiveTestbed.uniqueName("life")
        try await EngineClient.withClient(LiveTestbed.endpoint()) { client in
            var request = ContainerCreateRequest(image: LiveTestbed.image)
            request.cmd = ["sh", "-c", "echo hello; sleep 3600"]
            request.labels = ["io.mixcompose.test": name]
            var host = HostConfig()
            host.`init` = true
            request.hostConfig = host
            try await LiveTestbed.withCleanup {
                let created = try await client.createContainer(name: name, request, platform: "linux")
                try await client.startContainer(created.id)
                let running = try await client.inspectContainer(name)
                #expect(running.id == created.id)
                #expect(running.state?.running == true)
                #expect(running.config?.labels?["io.mixcompose.test"] == name)
                #expect(running.networkSettings?.networks?["bridge"]?.ipAddress?.isEmpty == false)
                let listed = try await client.listContainers(filters: .labels(["io.mixcompose.test=\(name)"]))
                #expect(listed.map(\.id) == [created.id])
                let first = try await LiveTestbed.bounded(seconds: 120) { () async throws -> LogLine? in
                    for try await line in try await client.logs(name, options: LogOptions(follow: true)) { return line }
                    return nil
                }
                #expect(first == LogLine(stream: .stdout, text: "hello"))
                try await client.stopContainer(name, timeout: 5)
                let stopped = try await client.inspectContainer(name)
                #expect(stopped.state?.running == false)
                #expect(stopped.state?.status == "exited")
                try await client.removeContainer(name)
                let error = await #expect(throws: EngineError.self) { try await client.inspectContainer(name) }
                #expect(error?.isNotFound == true)
            } cleanup: {
                try? await client.removeContainer(name, force: true)
            }
        }
    }

    @Test("creating a second container with a taken name is a 409 conflict")
    func nameConflict() async throws {
        let name = LiveTestbed.uniqueName("dup")
        try await EngineClient.withClient(LiveTestbed.endpoint()) { client in
            try await LiveTestbed.withCleanup {
                _ = try await client.createContainer(name: name, ContainerCreateRequest(image: LiveTestbed.image))
                let error = await #expect(throws: EngineError.self) {
                    try await client.createContainer(name: name, ContainerCreateRequest(image: LiveTestbed.image))
                }
                #expect(error?.isConflict == true)
            } cleanup: {
                try? await client.removeContainer(name, force: true)
            }
        }
    }

    @Test("a file put into a created container reads back through the archive endpoint; a missing one is nil")
    func archiveRoundTrip() async throws {
        let name = LiveTestbed.uniqueName("archive")
        try await EngineClient.withClient(LiveTestbed.endpoint()) { client in
            try await LiveTestbed.withCleanup {
                let created = try await client.createContainer(name: name, ContainerCreateRequest(image: LiveTestbed.image))
                var archive = TarArchive()
                let text = String(repeating: "198.18.64.2\tdb\r\n", count: 100)
                archive.addFile("Windows/System32/drivers/etc/hosts", contents: Array(text.utf8))
                try await client.putArchive(archive.bytes, container: created.id, path: "/")
                let read = try await client.getArchive(container: created.id, path: "/Windows/System32/drivers/etc/hosts")
                #expect(read.flatMap(TarReader.firstFile).map { String(decoding: $0, as: UTF8.self) } == text)
                #expect(try await client.getArchive(container: created.id, path: "/no/such/file") == nil)
            } cleanup: {
                try? await client.removeContainer(name, force: true)
            }
        }
    }

    @Test("a network is created, a container connected with an alias and a static address, then removed")
    func networkLifecycle() async throws {
        let network = LiveTestbed.uniqueName("net")
        let container = LiveTestbed.uniqueName("peer")
        try await EngineClient.withClient(LiveTestbed.endpoint()) { client in
            try await LiveTestbed.withCleanup {
                var request = NetworkCreateRequest(name: network)
                request.labels = ["io.mixcompose.test": network]
                request.ipam = IPAM(config: [IPAM.Pool(subnet: "198.19.7.0/24")])
                let created = try await client.createNetwork(request)
                let listed = try await client.listNetworks(filters: .labels(["io.mixcompose.test=\(network)"]))
                #expect(listed.map(\.id) == [created.id])
                var create = ContainerCreateRequest(image: LiveTestbed.image)
                create.cmd = ["sleep", "3600"]
                create.hostConfig = HostConfig()
                create.hostConfig?.`init` = true
                _ = try await client.createContainer(name: container, create)
                try await client.connectNetwork(network, container: container, aliases: ["web"], ipv4Address: "198.19.7.9")
                try await client.startContainer(container)
                let endpoint = try await client.inspectContainer(container).networkSettings?.networks?[network]
                #expect(endpoint?.ipAddress == "198.19.7.9")
                #expect(endpoint?.aliases?.contains("web") == true)
                #expect(try await client.inspectNetwork(network).containers?.isEmpty == false)
                try await client.removeContainer(container, force: true)
                try await client.removeNetwork(network)
                let error = await #expect(throws: EngineError.self) { try await client.inspectNetwork(network) }
                #expect(error?.isNotFound == true)
            } cleanup: {
                try? await client.removeContainer(container, force: true)
                try? await client.removeNetwork(network)
            }
        }
    }

    @Test("a volume is created with labels, listed by label and removed")
    func volumeLifecycle() async throws {
        let name = LiveTestbed.uniqueName("vol")
        try await EngineClient.withClient(LiveTestbed.endpoint()) { client in
            try await LiveTestbed.withCleanup {
                let created = try await client.createVolume(VolumeCreateRequest(name: name, labels: ["io.mixcompose.test": name]))
                #expect(created.name == name)
                #expect(try await client.inspectVolume(name).labels?["io.mixcompose.test"] == name)
                #expect(try await client.listVolumes(filters: .labels(["io.mixcompose.test=\(name)"])).map(\.name) == [name])
                try await client.removeVolume(name)
                let error = await #expect(throws: EngineError.self) { try await client.inspectVolume(name) }
                #expect(error?.isNotFound == true)
            } cleanup: {
                try? await client.removeVolume(name, force: true)
            }
        }
    }

    @Test("the events stream reports the start of a container")
    func eventsSeeStart() async throws {
        let name = LiveTestbed.uniqueName("evt")
        try await EngineClient.withClient(LiveTestbed.endpoint()) { client in
            try await LiveTestbed.withCleanup {
                var filters = EngineFilters(["type": ["container"], "event": ["start"]])
                filters.add("label", "io.mixcompose.test=\(name)")
                let events = try await client.events(filters: filters)
                var request = ContainerCreateRequest(image: LiveTestbed.image)
                request.cmd = ["true"]
                request.labels = ["io.mixcompose.test": name]
                let created = try await client.createContainer(name: name, request)
                try await client.startContainer(created.id)
                let seen = try await LiveTestbed.bounded(seconds: 120) { () async throws -> EventMessage? in
                    for try await event in events where event.action == "start" { return event }
                    return nil
                }
                #expect(seen?.actor?.id == created.id)
                #expect(seen?.actor?.attributes?["name"] == name)
            } cleanup: {
                try? await client.removeContainer(name, force: true)
            }
        }
    }
}
