#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import EngineAPI

/// The real daemon: `Engine` over the Engine API client.
extension EngineClient: Engine {
    package func facts() async throws -> DaemonFacts {
        DaemonFacts(info: try await info(), apiVersion: negotiatedVersion, supportsCreatePlatform: supports(APIVersion(1, 41)))
    }

    package func image(_ reference: String) async throws -> ImageRecord? {
        do {
            let inspected = try await inspectImage(reference)
            return ImageRecord(
                id: inspected.id, os: inspected.os ?? "", volumes: (inspected.config?.volumes ?? [:]).keys.sorted(),
                exposedPorts: (inspected.config?.exposedPorts ?? [:]).keys.sorted())
        } catch let error as EngineError where error.isNotFound {
            return nil
        }
    }

    package func pullImage(_ reference: String, platform: String?, auth: AuthConfig) async throws {
        try await pull(image: reference, platform: platform, auth: auth)
    }

    package func taggedImages(labels: [String]) async throws -> [TaggedImage] {
        var filters = EngineFilters.labels(labels)
        filters.add("dangling", "false")
        return try await listImages(filters: filters).compactMap { summary in
            // Untagged images list `<none>:<none>` on older daemons.
            let tags = (summary.repoTags ?? []).filter { $0 != "<none>:<none>" }
            return tags.isEmpty ? nil : TaggedImage(id: summary.id, tags: tags, labels: summary.labels ?? [:])
        }
    }

    package func networks(labels: [String]) async throws -> [NetworkRecord] {
        try await listNetworks(filters: .labels(labels)).map {
            NetworkRecord(
                id: $0.id, name: $0.name, driver: $0.driver ?? "", labels: $0.labels ?? [:],
                gateway: $0.ipam?.config?.compactMap(\.gateway).first { !$0.isEmpty })
        }
    }

    package func attachedContainers(network id: String) async throws -> Int {
        try await inspectNetwork(id).containers?.count ?? 0
    }

    package func createNetwork(_ request: NetworkCreateRequest) async throws -> String {
        let response: NetworkCreateResponse = try await createNetwork(request)
        return response.id
    }

    package func connectNetwork(_ network: String, container: String, endpoint: EndpointSettings) async throws {
        try await connectNetwork(network, container: container, endpointConfig: endpoint)
    }

    package func volumes(labels: [String]) async throws -> [VolumeRecord] {
        try await listVolumes(filters: .labels(labels)).map {
            VolumeRecord(name: $0.name, driver: $0.driver ?? "local", labels: $0.labels ?? [:])
        }
    }

    package func createVolume(_ request: VolumeCreateRequest) async throws {
        let _: Volume = try await createVolume(request)
    }

    package func removeVolume(_ name: String) async throws {
        try await removeVolume(name, force: false)
    }

    package func containers(labels: [String], all: Bool) async throws -> [ContainerRecord] {
        try await listContainers(all: all, filters: .labels(labels)).map(ContainerRecord.init(summary:))
    }

    package func createContainer(name: String, platform: String?, request: ContainerCreateRequest) async throws -> String {
        try await createContainer(name: name, request, platform: platform).id
    }

    package func removeContainer(_ id: String, volumes: Bool) async throws {
        try await removeContainer(id, force: true, volumes: volumes)
    }

    package func inspectContainer(_ id: String) async throws -> ContainerRecord {
        let inspect: ContainerInspect = try await inspectContainer(id)
        return ContainerRecord(inspect: inspect)
    }

    package func logs(_ id: String, options: LogOptions, _ body: @Sendable (LogLine) async throws -> Void) async throws {
        for try await line in try await logs(id, options: options) {
            try await body(line)
        }
    }

    package func events(
        labels: [String], since: String?, until: String?, _ body: @Sendable (ContainerEvent) async throws -> Void
    ) async throws {
        let filters = EngineFilters(["type": ["container"], "label": labels])
        for try await message in try await events(filters: filters, since: since, until: until) {
            guard let id = message.actor?.id else { continue }
            let attributes = message.actor?.attributes ?? [:]
            let action = message.action ?? ""
            let kind: ContainerEvent.Action
            if action == "start" {
                kind = .start
            } else if action == "die" {
                kind = .die(exitCode: attributes["exitCode"].flatMap { Int($0) })
            } else if action.hasPrefix("health_status") {
                kind = .health(action.split(separator: ":").last.map { $0.trimmingWhitespace(newlines: false) } ?? "")
            } else {
                kind = .other(action)
            }
            let time = message.timeNano ?? (message.time ?? 0) * 1_000_000_000
            try await body(ContainerEvent(containerID: id, action: kind, labels: attributes, time: time))
        }
    }

    package func putArchive(_ archive: [UInt8], into container: String, at path: String, copyUIDGID: Bool) async throws {
        try await putArchive(archive, container: container, path: path, copyUIDGID: copyUIDGID)
    }

    package func fileContents(in container: String, at path: String) async throws -> [UInt8]? {
        try await getArchive(container: container, path: path).flatMap(TarReader.firstFile)
    }

    package func runProbe(in container: String, command: [String]) async throws -> ProbeOutcome {
        let id = try await createExec(container: container, ExecCreateRequest(cmd: command))
        let lines = try await startExec(id)
        let inspected = try await inspectExec(id)
        return ProbeOutcome(exitCode: inspected.exitCode ?? -1, output: lines.map(\.text))
    }

    package func maximumAPIVersion() async throws -> APIVersion? {
        try await ping().apiVersion
    }
}
