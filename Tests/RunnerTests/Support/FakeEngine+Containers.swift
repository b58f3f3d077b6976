import EngineAPI
import Runner

extension FakeEngine {
    func containers(labels: [String], all: Bool) throws -> [ContainerRecord] {
        _ = try facts()
        return containers.values.map(\.record).filter { (all || $0.isUp) && Self.matches($0.labels, labels) }
            .sorted { $0.name < $1.name }
    }

    func createContainer(name: String, platform: String?, request: ContainerCreateRequest) throws -> String {
        _ = try facts()
        guard container(named: name) == nil else {
            throw EngineError.http(status: 409, message: "conflict: the container name \"/\(name)\" is already in use")
        }
        calls.append("create \(name)")
        try failIfScripted("create \(name)")
        nextID += 1
        let id = "\(subnet)-\(nextID)"
        let record = ContainerRecord(
            id: id, name: name, image: request.image, labels: request.labels ?? [:], state: "created",
            command: (request.cmd ?? []).joined(separator: " "),
            // As a daemon does, an anonymous volume gets a fresh name.
            mounts: (request.hostConfig?.mounts ?? []).map {
                ContainerRecord.MountedVolume(
                    type: $0.type, source: $0.source ?? "anonymous-\(id)", destination: $0.target, readOnly: $0.readOnly == true)
            })
        containers[id] = Container(record: record, request: request, platform: platform)
        return id
    }

    func startContainer(_ id: String) async throws {
        guard var container = containers[id] else { throw EngineError.http(status: 404, message: "no such container: \(id)") }
        let name = container.record.name
        calls.append("start \(name)")
        try failIfScripted("start \(name)")
        if let onStart { await onStart(name) }
        nextID += 1
        let network = container.request.hostConfig?.networkMode ?? "bridge"
        if let code = exitOnStart[name] {
            container.record.state = "exited"
            container.record.exitCode = code
            container.record.addresses = [network: ""]
        } else {
            container.record.state = "running"
            container.record.addresses = [network: "\(subnet).\(nextID)"]
            // As a daemon reports them: each binding with the host port it got.
            container.record.ports = (container.request.hostConfig?.portBindings ?? [:]).sorted { $0.key < $1.key }.flatMap { key, bindings in
                bindings.map {
                    ContainerRecord.Port(
                        target: Int(key.prefix { $0 != "/" }) ?? 0, published: $0.hostPort.flatMap { Int($0) },
                        protocol: String(key.drop { $0 != "/" }.dropFirst()))
                }
            }
            container.record.health = container.request.healthcheck == nil ? nil : healthOnStart[name] ?? "healthy"
        }
        containers[id] = container
        emit(ContainerEvent(containerID: id, action: .start, labels: container.record.labels))
    }

    func stopContainer(_ id: String, timeout: Int?) {
        guard var container = containers[id] else { return }
        calls.append("stop \(container.record.name)")
        stops.append((container.record.name, timeout))
        container.record.state = "exited"
        container.record.exitCode = 0
        containers[id] = container
    }

    func removeContainer(_ id: String, volumes: Bool) throws {
        guard let container = containers[id] else { return }
        calls.append("remove \(container.record.name)")
        try failIfScripted("remove \(container.record.name)")
        containers[id] = nil
    }

    func inspectContainer(_ id: String) throws -> ContainerRecord {
        guard let container = containers[id] else { throw EngineError.http(status: 404, message: "no such container: \(id)") }
        return container.record
    }

    func putArchive(_ archive: [UInt8], into container: String, at path: String, copyUIDGID: Bool) throws {
        guard let record = containers[container]?.record else {
            throw EngineError.http(status: 404, message: "no such container: \(container)")
        }
        calls.append("archive \(record.name) \(path)")
        archives.append((record.name, path, archive, copyUIDGID))
    }

    func fileContents(in container: String, at path: String) throws -> [UInt8]? {
        guard let record = containers[container]?.record else {
            throw EngineError.http(status: 404, message: "no such container: \(container)")
        }
        calls.append("read \(record.name) \(path)")
        return imageFiles[path].map { Array($0.utf8) }
    }
}
