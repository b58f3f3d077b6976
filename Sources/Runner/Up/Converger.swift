import ComposeModel
import EngineAPI
import Planner

/// Brings one service's replicas to their blueprints in two steps, as Compose does: `prepare` keeps
/// identical containers or (re)creates them as soon as the peers whose addresses they are given have
/// started; `start` starts them once every dependency condition holds. Replicas of one service are
/// created, and then started, concurrently.
struct Converger: Sendable {
    var project: Project
    var daemons: DaemonSet
    var sink: any ProgressSink
    var options: UpOptions
    /// Every container of the project on every daemon when `up` began, by service.
    var existing: [String: [(record: ContainerRecord, role: DaemonRole)]]
    /// Services whose address some other service is given: only these are inspected after start.
    var addressed: Set<String> = []
    /// The roles of the services on another daemon given each service's address (`UpNeeds.crossConsumers`).
    var crossConsumers: [String: Set<DaemonRole>] = [:]
    /// Local image IDs as preflight left them (`Preflight.imageKey`), for the image-ID label.
    var imageIDs: [String: String] = [:]
    /// The docker CLI's configuration, for the proxy variables each daemon's containers get.
    var cliConfig = DockerConfigFile()
    /// The one-off container `run` creates in place of its service's replicas, created but not started.
    var oneOff: OneOff?

    /// Keeps, recreates or creates replicas 1…N of `planned` given the started peers they need, and
    /// removes the rest of its containers (beyond N, or on the other daemon).
    func prepare(_ planned: PlannedService, peers: [String: StartedService]) async throws -> PreparedService {
        guard var service = project.services[planned.name] else { throw RunnerError.unknownService(planned.name) }
        let daemon = try daemons.daemon(for: planned.role)
        if let oneOff, oneOff.service.name == planned.name { service = oneOff.service }
        let context = try await context(of: service, planned: planned, peers: peers, on: daemon)
        if let oneOff, oneOff.service.name == planned.name { return try await prepare(oneOff, in: context) }
        let blueprints = try (0..<ReplicaCount.of(service, options: options)).map { index in
            var replica = context
            replica.number = index + 1
            return try BlueprintBuilder.blueprint(for: service, in: replica)
        }
        for warning in blueprints.first?.warnings ?? [] { await sink.warning(warning) }
        let (kept, replaced) = try await reconcile(existing[planned.name] ?? [], with: blueprints, role: planned.role)
        let replicas = try await withThrowingTaskGroup(of: (Int, PreparedContainer).self) { group in
            for (index, blueprint) in blueprints.enumerated() {
                if let record = kept[index] {
                    group.addTask { (index, PreparedContainer(record: record, isNew: false)) }
                } else if let old = replaced[index] {
                    group.addTask { (index, try await recreate(old, as: blueprint, on: daemon)) }
                } else {
                    group.addTask { (index, try await create(blueprint, on: daemon)) }
                }
            }
            var done: [(Int, PreparedContainer)] = []
            for try await item in group { done.append(item) }
            return done.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return PreparedService(daemon: daemon, replicas: replicas, files: blueprints.first?.files ?? [], hosts: blueprints.first?.hosts)
    }

    /// What `service`'s containers are created with: the CLI's proxies, its image's ID, the ports published
    /// for peers, the injected addresses of its started peers and the containers it references.
    private func context(
        of service: Service, planned: PlannedService, peers: [String: StartedService], on daemon: Daemon
    ) async throws -> BlueprintContext {
        var context = BlueprintContext(project: project, daemon: daemon, os: planned.os)
        context.proxyEnv = cliConfig.proxyEnvironment(host: daemon.address)
        context.composeHashInput = planned.composeHashInput
        let image = project.imageName(of: service)
        context.imageID = imageIDs[Preflight.imageKey(image, on: planned.role)]
        context.peerPorts = try await peerPorts(of: service, image: image, on: daemon)
        for peer in try await inject(planned, peers: peers, into: &context) {
            let scaled = project.services[peer].map { ReplicaCount.of($0, options: options) == 0 } ?? true
            let created = peers[peer]?.replicas.isEmpty == false
            let reason = created ? "which has none until it starts" : scaled ? "which is scaled to 0" : "which is not running"
            await sink.warning("service \(planned.name) is not given the address of \(peer), \(reason)")
        }
        for warning in try reference(service, peers: peers, into: &context) { await sink.warning(warning) }
        try await checkFileReferences(of: service, in: context)
        return context
    }

    /// Starts the prepared replicas that do not run already; inspects replica 1 when peers need its address.
    func start(_ prepared: PreparedService, service: String) async throws -> StartedService {
        let daemon = prepared.daemon
        // `run` attaches to its one-off container before it starts it.
        // `create` starts nothing either.
        if prepared.isOneOff || options.noStart { return StartedService(replicas: prepared.replicas.map(\.record), daemon: daemon) }
        let records = try await withThrowingTaskGroup(of: (Int, ContainerRecord).self) { group in
            for (index, replica) in prepared.replicas.enumerated() {
                group.addTask { (index, try await start(replica, files: prepared.files, hosts: prepared.hosts, on: daemon)) }
            }
            var done: [(Int, ContainerRecord)] = []
            for try await item in group { done.append(item) }
            return done.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var started = StartedService(replicas: records, daemon: daemon)
        guard addressed.contains(service), !options.dryRun, let first = records.first else { return started }
        started.replicas[0] = try await Engines.call("inspect container \(first.name)") {
            try await daemon.engine.inspectContainer(first.id)
        }
        return started
    }

    private func start(
        _ replica: PreparedContainer, files: [InjectedFile], hosts: HostsFile?, on daemon: Daemon
    ) async throws -> ContainerRecord {
        var record = replica.record
        let role = daemon.role.rawValue
        if !replica.isNew && record.isRunning {
            await sink.progress(ProgressEvent(.container, record.name, "Running", role: role))
            return record
        }
        await sink.progress(ProgressEvent(.container, record.name, "Starting", role: role))
        if !options.dryRun {
            // Compose writes secrets and configs in before every start of a container that is not running.
            try await inject(files, into: record.id, name: record.name, on: daemon)
            if let hosts { try await write(hosts, into: record.id, name: record.name, on: daemon) }
            try await Engines.call("start \(record.name)") { try await daemon.engine.startContainer(record.id) }
        }
        record.state = "running"
        await sink.progress(ProgressEvent(.container, record.name, "Started", role: role))
        return record
    }
}

/// A service's replicas after `prepare`, replica 1 first (none when scaled to zero).
struct PreparedService: Sendable {
    var daemon: Daemon
    var replicas: [PreparedContainer]
    /// Secrets and configs to write into each replica before it starts.
    var files: [InjectedFile] = []
    /// The hosts file to write into each replica before it starts (Windows-role services with cross-daemon peers).
    var hosts: HostsFile?
    /// `run`'s one-off container, which `start` leaves alone.
    var isOneOff = false
}

/// One replica after `prepare`: kept as it was, or newly created (not yet started).
struct PreparedContainer: Sendable {
    var record: ContainerRecord
    var isNew: Bool
}
