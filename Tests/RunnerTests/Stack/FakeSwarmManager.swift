import EngineAPI
import Foundation
import Runner

/// An in-memory swarm manager: keeps services, tasks, secrets, configs and networks, records every write
/// in order, and plays scripted task behaviour (a service whose tasks start late, fail, or never go away).
actor FakeSwarmManager: SwarmManager {
    var state: SwarmState? = SwarmState(nodeID: "node-1", localNodeState: "active", controlAvailable: true)
    var nodeList: [SwarmNode] = [FakeSwarmManager.decoded(["ID": "node-1", "Description": ["Hostname": "manager-host"]])]
    var serviceList: [SwarmServiceSummary] = []
    /// The last spec sent for each service, by name, as sent.
    var specs: [String: [UInt8]] = [:]
    var taskList: [SwarmTask] = []
    var resourceList: [SwarmResourceKind: [SwarmResource]] = [:]
    var networkList: [NetworkRecord] = []
    /// Writes in order: `create service ns_web`, `update service ns_web`, `create secret ns_token`, …
    var calls: [String] = []
    /// Service name → how many task polls its task stays `starting` before it runs.
    var startingPolls: [String: Int] = [:]
    /// Service name → the `Err` its task fails with.
    var failures: [String: String] = [:]
    /// How many task polls a removed service's tasks stay listed (`Int.max`: forever).
    var removalPolls = 0
    /// Object names whose removal fails.
    var refusedRemovals: Set<String> = []
    /// What the registry holds, by image reference as asked; an image missing here cannot be resolved.
    var registry: [String: DistributionInspect] = [:]
    /// The `X-Registry-Auth` sent with each write and query, in order: `create demo_web: <auth or none>`, …
    var auths: [String] = []
    private var nextID = 0
    /// The labels of every service ever created, by ID: tasks are filtered by their service's labels.
    private var serviceLabels: [String: [String: String]] = [:]

    func swarmState() async throws -> SwarmState? { state }
    func nodes() async throws -> [SwarmNode] { nodeList }

    func services(labels: [String]) async throws -> [SwarmServiceSummary] {
        serviceList.filter { Self.matches($0.spec.labels ?? [:], labels) }
    }

    func createService(_ spec: [UInt8], registryAuth: String?) async throws -> String {
        let object = try Self.parse(spec)
        let name = object["Name"] as? String ?? ""
        let labels = object["Labels"] as? [String: String] ?? [:]
        calls.append("create service \(name)")
        auths.append("create \(name): \(registryAuth ?? "none")")
        let id = makeID("service")
        let summary = ["Name": name, "Labels": labels, "TaskTemplate": object["TaskTemplate"] ?? [:]]
        serviceList.append(Self.decoded(["ID": id, "Version": ["Index": 1], "Spec": summary]))
        serviceLabels[id] = labels
        specs[name] = spec
        let state = failures[name] != nil ? "failed" : (startingPolls[name] ?? 0) > 0 ? "starting" : "running"
        var status: [String: Any] = ["Timestamp": "2026-01-01T00:00:00Z", "State": state, "Message": state]
        if let err = failures[name] { status["Err"] = err }
        taskList.append(
            Self.decoded([
                "ID": makeID("task"), "ServiceID": id, "Slot": 1, "NodeID": "node-1", "DesiredState": "running", "Status": status,
                "Spec": ["ContainerSpec": ["Image": "busybox"]],
            ]))
        return id
    }

    func updateService(_ id: String, version: SwarmVersion, spec: [UInt8], registryAuth: String?) async throws {
        guard let index = serviceList.firstIndex(where: { $0.id == id }) else { throw EngineError.http(status: 404, message: "no such service") }
        guard serviceList[index].version == version else { throw EngineError.http(status: 500, message: "update out of sequence") }
        let object = try Self.parse(spec)
        calls.append("update service \(serviceList[index].spec.name)")
        auths.append("update \(serviceList[index].spec.name): \(registryAuth ?? "none")")
        serviceList[index].version.index += 1
        serviceList[index].spec.labels = object["Labels"] as? [String: String]
        serviceList[index].spec.taskTemplate = Self.decoded(object["TaskTemplate"] as? [String: Any] ?? [:])
        specs[serviceList[index].spec.name] = spec
    }

    func distribution(of image: String, registryAuth: String?) async throws -> DistributionInspect {
        calls.append("query \(image)")
        auths.append("query \(image): \(registryAuth ?? "none")")
        guard let found = registry[image] else { throw EngineError.http(status: 401, message: "errors: denied: requested access to the resource is denied") }
        return found
    }

    func removeService(_ id: String) async throws {
        guard let service = serviceList.first(where: { $0.id == id }) else { return }
        if refusedRemovals.contains(service.spec.name) { throw EngineError.http(status: 500, message: "refused") }
        calls.append("remove service \(service.spec.name)")
        serviceList.removeAll { $0.id == id }
        for index in taskList.indices where taskList[index].serviceID == id { taskList[index].desiredState = "remove" }
    }

    func tasks(filters: EngineFilters) async throws -> [SwarmTask] {
        calls.append("tasks")
        let labels = filters.values["label"] ?? []
        let listed = taskList.filter { Self.matches(serviceLabels[$0.serviceID] ?? [:], labels) }
        // Each poll moves scripted tasks on: starting ones count down, removed ones go after `removalPolls`.
        for index in taskList.indices {
            let name = serviceList.first { $0.id == taskList[index].serviceID }?.spec.name ?? ""
            if taskList[index].status.state == "starting" {
                startingPolls[name, default: 0] -= 1
                if startingPolls[name, default: 0] <= 0 { taskList[index].status.state = "running" }
            }
        }
        if taskList.contains(where: { $0.desiredState == "remove" }) {
            if removalPolls <= 0 { taskList.removeAll { $0.desiredState == "remove" } } else if removalPolls != Int.max { removalPolls -= 1 }
        }
        return listed
    }

    func resources(_ kind: SwarmResourceKind) async throws -> [SwarmResource] { resourceList[kind] ?? [] }

    func createResource(_ kind: SwarmResourceKind, body: [UInt8]) async throws -> String {
        let object = try Self.parse(body)
        let name = object["Name"] as? String ?? ""
        calls.append("create \(kind.rawValue) \(name)")
        let id = makeID(kind.rawValue)
        var spec: [String: Any] = ["Name": name, "Labels": object["Labels"] ?? [:]]
        if kind == .config { spec["Data"] = object["Data"] }
        resourceList[kind, default: []].append(Self.decoded(["ID": id, "Spec": spec]))
        return id
    }

    func removeResource(_ kind: SwarmResourceKind, id: String) async throws {
        guard let resource = resourceList[kind]?.first(where: { $0.id == id }) else { return }
        if refusedRemovals.contains(resource.spec.name) { throw EngineError.http(status: 400, message: "in use") }
        calls.append("remove \(kind.rawValue) \(resource.spec.name)")
        resourceList[kind]?.removeAll { $0.id == id }
    }

    func networks() async throws -> [NetworkRecord] { networkList }

    func createNetwork(_ body: [UInt8]) async throws -> String {
        let object = try Self.parse(body)
        let name = object["Name"] as? String ?? ""
        calls.append("create network \(name)")
        let id = makeID("network")
        networkList.append(NetworkRecord(id: id, name: name, driver: "overlay", labels: object["Labels"] as? [String: String] ?? [:]))
        return id
    }

    func removeNetwork(_ id: String) async throws {
        guard let network = networkList.first(where: { $0.id == id }) else { return }
        if refusedRemovals.contains(network.name) { throw EngineError.http(status: 403, message: "network has active endpoints") }
        calls.append("remove network \(network.name)")
        networkList.removeAll { $0.id == id }
    }

    // MARK: test set-up

    func set(_ edit: @Sendable (isolated FakeSwarmManager) -> Void) { edit(self) }

    func addResource(_ kind: SwarmResourceKind, name: String, labels: [String: String] = [:], data: String? = nil) {
        var spec: [String: Any] = ["Name": name, "Labels": labels]
        if let data { spec["Data"] = data }
        resourceList[kind, default: []].append(Self.decoded(["ID": makeID(kind.rawValue), "Spec": spec]))
    }

    private func makeID(_ kind: String) -> String {
        nextID += 1
        return "\(kind)-\(nextID)"
    }

    /// An Engine API type from the JSON object the manager would send.
    static func decoded<T: Decodable>(_ object: [String: Any]) -> T {
        // swiftlint:disable:next force_try
        try! JSONDecoder().decode(T.self, from: JSONSerialization.data(withJSONObject: object))
    }

    static func parse(_ bytes: [UInt8]) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] ?? [:]
    }

    private static func matches(_ labels: [String: String], _ filters: [String]) -> Bool {
        filters.allSatisfy { filter in
            let parts = filter.split(separator: "=", maxSplits: 1).map(String.init)
            return parts.count == 2 ? labels[parts[0]] == parts[1] : labels[parts[0]] != nil
        }
    }
}
