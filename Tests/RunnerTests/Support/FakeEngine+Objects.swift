import EngineAPI
import Runner

extension FakeEngine {
    func networks(labels: [String]) -> [NetworkRecord] {
        networkList.filter { Self.matches($0.labels, labels) }
    }

    func createNetwork(_ request: NetworkCreateRequest) -> String {
        calls.append("create network \(request.name)")
        let record = NetworkRecord(id: "net-\(request.name)", name: request.name, driver: request.driver ?? "bridge", labels: request.labels ?? [:],
            gateway: "\(subnet).0.1")
        networkList.append(record)
        return record.id
    }

    func connectNetwork(_ network: String, container: String, endpoint: EndpointSettings) {
        calls.append("connect \(network)")
        connected[network] = endpoint
    }

    func removeNetwork(_ id: String) throws {
        calls.append("remove network \(id)")
        let name = networkList.first { $0.id == id || $0.name == id }?.name ?? id
        if let hold = endpointHolds[name], hold.failures > 0 {
            endpointHolds[name]?.failures -= 1
            throw EngineError.http(status: 403, message: "error while removing network: network \(name) id \(id) has active endpoints")
        }
        networkList.removeAll { $0.id == id || $0.name == id }
    }

    /// Makes the next `failures` removals of network `name` fail with "active endpoints", listing `attached` containers.
    func hold(network name: String, failures: Int, attached: Int) {
        endpointHolds[name] = (failures, attached)
    }

    func attachedContainers(network id: String) -> Int {
        let name = networkList.first { $0.id == id || $0.name == id }?.name ?? id
        return endpointHolds[name]?.attached ?? 0
    }

    func volumes(labels: [String]) -> [VolumeRecord] {
        volumeList.filter { Self.matches($0.labels, labels) }
    }

    func createVolume(_ request: VolumeCreateRequest) {
        calls.append("create volume \(request.name)")
        volumeList.append(VolumeRecord(name: request.name, labels: request.labels ?? [:]))
    }

    func removeVolume(_ name: String) {
        calls.append("remove volume \(name)")
        volumeList.removeAll { $0.name == name }
    }

    func logs(_ id: String, options: LogOptions, _ body: @Sendable (LogLine) async throws -> Void) async throws {
        let lines = containers[id].map { output[$0.record.name] ?? [] } ?? []
        for line in lines.suffix(options.tail ?? lines.count) {
            try await body(LogLine(stream: .stdout, text: options.timestamps ? "2026-11-22T00:00:00Z \(line)" : line))
        }
    }

    func events(labels: [String], since: String?, until: String?, _ body: @Sendable (ContainerEvent) async throws -> Void) async throws {
        let (stream, continuation) = AsyncStream<ContainerEvent>.makeStream()
        let token = subscribe(continuation)
        defer { continuation.finish() }
        for await event in stream where Self.matches(event.labels, labels) {
            try await body(event)
        }
        _ = token
    }

    func emit(_ event: ContainerEvent) {
        for continuation in subscriberList { continuation.yield(event) }
    }

    static func matches(_ labels: [String: String], _ filters: [String]) -> Bool {
        filters.allSatisfy { filter in
            let parts = filter.split(separator: "=", maxSplits: 1).map(String.init)
            return parts.count == 1 ? labels[parts[0]] != nil : labels[parts[0]] == parts[1]
        }
    }
}
