import Foundation
import Testing

@testable import EngineAPI

/// The swarm endpoints against the testbed's Linux daemon, a swarm manager (scripts/setup runs `scripts/swarm one-node`).
@Suite(.enabled(if: LiveTestbed.isEnabled, "needs the testbed daemon (MIXCOMPOSE_TESTBED_LINUX_HOST)"))
struct EngineSwarmLiveTests {
    static func json(_ object: [String: Any]) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: object))
    }

    @Test("info reports the daemon as an active manager whose node the node list holds")
    func managerState() async throws {
        try await EngineClient.withClient(LiveTestbed.endpoint()) { client in
            let swarm = try #require(try await client.info().swarm)
            #expect(swarm.isManager, "scripts/swarm one-node makes the testbed's linux daemon a manager: \(swarm)")
            let nodes = try await client.listNodes()
            #expect(nodes.contains { $0.id == swarm.nodeID && $0.spec?.role == "manager" })
            #expect(nodes.allSatisfy { $0.description?.platform?.os == "linux" })
        }
    }

    @Test("a secret, a config, an overlay network and a service using them are created, listed, updated and removed")
    func objectLifecycle() async throws {
        let name = LiveTestbed.uniqueName("swarm")
        let labels = ["io.mixcompose.test": name]
        try await EngineClient.withClient(LiveTestbed.endpoint()) { client in
            var secretID: String?
            var configID: String?
            var networkID: String?
            var serviceID: String?
            try await LiveTestbed.withCleanup {
                let data = Data("value".utf8).base64EncodedString()
                secretID = try await client.createSwarmResource(.secret, json: Self.json(["Name": "\(name)-s", "Labels": labels, "Data": data]))
                configID = try await client.createSwarmResource(.config, json: Self.json(["Name": "\(name)-c", "Labels": labels, "Data": data]))
                let configs = try await client.listSwarmResources(.config, filters: .labels(["io.mixcompose.test=\(name)"]))
                #expect(configs.map(\.spec.name) == ["\(name)-c"])
                #expect(configs.first?.spec.data == data)
                let secrets = try await client.listSwarmResources(.secret, filters: .labels(["io.mixcompose.test=\(name)"]))
                #expect(secrets.map(\.id) == [secretID].compactMap { $0 })
                #expect(secrets.first?.spec.data == nil)
                networkID = try await client.createNetwork(
                    json: Self.json(["Name": "\(name)-n", "Driver": "overlay", "Attachable": true, "Labels": labels]))
                #expect(try await client.inspectNetwork(name + "-n").scope == "swarm")
                let spec: [String: Any] = [
                    "Name": name, "Labels": labels,
                    "TaskTemplate": [
                        "ContainerSpec": [
                            "Image": LiveTestbed.image, "Args": ["sleep", "3600"],
                            "Secrets": [["File": ["Name": "s", "UID": "0", "GID": "0", "Mode": 292], "SecretID": secretID ?? "", "SecretName": "\(name)-s"]],
                        ],
                        "Networks": [["Target": "\(name)-n"]],
                    ],
                    "Mode": ["Replicated": ["Replicas": 1]],
                    "EndpointSpec": ["Mode": "dnsrr"],
                ]
                let created = try await client.createService(spec: Self.json(spec))
                serviceID = created.id
                let listed = try await client.listServices(filters: .labels(["io.mixcompose.test=\(name)"]))
                #expect(listed.map(\.id) == [created.id])
                let running = try await LiveTestbed.bounded(seconds: 120) {
                    while true {
                        let tasks = try await client.listTasks(filters: .labels(["io.mixcompose.test=\(name)"]))
                        if let task = tasks.first(where: { $0.status.state == "running" }) { return task }
                        try await Task.sleep(for: .milliseconds(500))
                    }
                }
                #expect(running.serviceID == created.id)
                #expect(running.status.containerStatus?.containerID?.isEmpty == false)
                let before = try await client.inspectService(created.id)
                var updated = spec
                updated["Labels"] = labels.merging(["changed": "yes"]) { $1 }
                try await client.updateService(created.id, version: before.version, spec: Self.json(updated))
                let after = try await client.inspectService(name)
                #expect(after.version.index > before.version.index)
                #expect(after.spec.labels?["changed"] == "yes")
                let stale = await #expect(throws: EngineError.self) {
                    try await client.updateService(created.id, version: before.version, spec: Self.json(spec))
                }
                #expect(stale?.status != nil)
            } cleanup: {
                if let serviceID { try? await client.removeService(serviceID) }
                // A network or secret still used by a task that is shutting down is refused for a while.
                if let networkID { await Self.retrying { try await client.removeNetwork(networkID) } }
                if let secretID { await Self.retrying { try await client.removeSwarmResource(.secret, id: secretID) } }
                if let configID { await Self.retrying { try await client.removeSwarmResource(.config, id: configID) } }
            }
        }
    }

    /// Runs `body` until it succeeds or the object is gone (404), for at most 30 s.
    static func retrying(_ body: () async throws -> Void) async {
        for _ in 0..<60 {
            do {
                return try await body()
            } catch let error as EngineError where error.isNotFound {
                return
            } catch {
                try? await Task.sleep(for: .milliseconds(500))
            }
        }
    }
}
