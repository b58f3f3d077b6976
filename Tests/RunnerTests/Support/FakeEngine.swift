import EngineAPI
import Runner

/// An in-memory daemon: records every call, keeps containers, networks and volumes, and plays
/// scripted behaviour (a container that exits, turns unhealthy, or a daemon that is down).
actor FakeEngine: Engine {
    struct Container {
        var record: ContainerRecord
        var request: ContainerCreateRequest
        var platform: String?
    }

    let subnet: String
    var reachable = true
    var os: EngineOS = .linux
    var images: [String: String] = [:]
    /// Image ID per reference, for tests that rebuild an image; unset ones derive an ID from the name.
    var imageIDs: [String: String] = [:]
    /// Labels per image reference (what a build gave it).
    var imageLabels: [String: [String: String]] = [:]
    var containers: [String: Container] = [:]
    var networkList: [NetworkRecord] = []
    /// Networks whose removal fails with "active endpoints" `failures` more times, listing `attached` containers meanwhile.
    var endpointHolds: [String: (failures: Int, attached: Int)] = [:]
    var volumeList: [VolumeRecord] = []
    /// Calls in order: `create web`, `start web`, `remove web`, `pull busybox`, …
    var calls: [String] = []
    /// The endpoint settings of the last connect to each network.
    var connected: [String: EndpointSettings] = [:]
    /// Every image inspected, in order (kept apart from `calls`, which reads like what `up` changed).
    var inspectedImages: [String] = []
    /// Container name → exit code it exits with right after start.
    var exitOnStart: [String: Int] = [:]
    /// Container name → health status it reports once started.
    var healthOnStart: [String: String] = [:]
    /// Container name → lines it has written.
    var output: [String: [String]] = [:]
    /// Called at each start with the container name; lets a test hold starts to observe concurrency.
    var onStart: (@Sendable (String) async -> Void)?
    var nextID = 0
    /// Every `POST /build` received, with its context archive.
    var builds: [(options: ImageBuildOptions, context: [UInt8])] = []
    /// When set, builds fail with this message after printing `buildOutput`.
    var buildFailure: String?
    /// The credentials each pull was sent, by image.
    var pullAuths: [String: AuthConfig] = [:]
    /// The daemon's message for every pull, when pulls fail.
    var pullFailure: String?
    var buildOutput: [String] = []
    var subscriberList: [AsyncStream<ContainerEvent>.Continuation] = []
    /// Call (as `calls` records it: `create x`, `start x`, `rename x to y`) → the error message it fails with.
    var failures: [String: String] = [:]
    /// Every stop, with the timeout it was given (nil: the container's own).
    var stops: [(name: String, timeout: Int?)] = []
    /// Every archive put into a container, by container name, in order.
    var archives: [(container: String, path: String, archive: [UInt8], copyUIDGID: Bool)] = []
    /// Files every container's image holds, by absolute path, for `fileContents`.
    var imageFiles: [String: String] = [:]
    /// Every exec created, in order, and the exit code each one ends with.
    var execs: [ExecCreateRequest] = []
    var execExit = 0
    /// Holds each `waitForExit` until the test releases the container.
    let exitGate = ExitGate()
    /// Every probe command run, with the name of the container it ran in.
    var probes: [(container: String, command: [String])] = []
    /// What a probe command ends with (by container name and command); by default every connect succeeds.
    var probeAnswer: @Sendable (_ container: String, _ command: [String]) -> ProbeOutcome = { _, _ in ProbeOutcome(exitCode: 0) }

    init(subnet: String, os: EngineOS = .linux, images: [String: String] = [:]) {
        self.subnet = subnet
        self.os = os
        self.images = images
    }

    func set(reachable: Bool) { self.reachable = reachable }
    func set(output lines: [String], for name: String) { output[name] = lines }
    func set(exitOnStart name: String, code: Int) { exitOnStart[name] = code }
    func set(healthOnStart name: String, status: String) { healthOnStart[name] = status }
    func set(onStart: @escaping @Sendable (String) async -> Void) { self.onStart = onStart }
    func set(imageID: String, for reference: String) { imageIDs[reference] = imageID }
    func set(pullFailure message: String?) { pullFailure = message }
    func set(imageFile path: String, contents: String) { imageFiles[path] = contents }
    func set(probeAnswer: @escaping @Sendable (_ container: String, _ command: [String]) -> ProbeOutcome) { self.probeAnswer = probeAnswer }
    func add(network: NetworkRecord) { networkList.append(network) }
    func add(volume: VolumeRecord) { volumeList.append(volume) }
    func add(container record: ContainerRecord) {
        containers[record.id] = Container(record: record, request: ContainerCreateRequest(image: record.image))
    }

    /// The container called `name`, if any.
    func container(named name: String) -> Container? {
        containers.values.first { $0.record.name == name }
    }

    func subscribe(_ continuation: AsyncStream<ContainerEvent>.Continuation) -> Int {
        subscriberList.append(continuation)
        return subscriberList.count
    }

    func facts() throws -> DaemonFacts {
        guard reachable else { throw EngineError.unreachable("fake \(subnet)", "connection refused") }
        return DaemonFacts(os: os, name: "fake-\(subnet)")
    }

    func image(_ reference: String) throws -> ImageRecord? {
        _ = try facts()
        inspectedImages.append(reference)
        return images[reference].map { ImageRecord(id: imageIDs[reference] ?? "sha256:\(reference)", os: $0) }
    }

    func pullImage(_ reference: String, platform: String?, auth: AuthConfig) throws {
        calls.append("pull \(reference)")
        pullAuths[reference] = auth
        if let pullFailure { throw EngineError.http(status: 500, message: pullFailure) }
        images[reference] = platform ?? os.description
    }
}
