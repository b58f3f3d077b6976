import ComposeModel
import EngineAPI

extension Converger {
    /// Creates `run`'s one-off container and writes its secrets, configs and hosts file in, as Compose does
    /// before `run` starts it; the service's own containers are left as they are.
    func prepare(_ oneOff: OneOff, in serviceContext: BlueprintContext) async throws -> PreparedService {
        var context = serviceContext
        // Ports published for peers on the other daemon belong to replica 1, not to a one-off container.
        context.peerPorts = []
        let blueprint = try oneOff.blueprint(in: context)
        for warning in blueprint.warnings { await sink.warning(warning) }
        let daemon = context.daemon
        let record = try await createContainer(blueprint, named: blueprint.name, on: daemon)
        if !options.dryRun {
            do {
                try await inject(blueprint.files, into: record.id, name: record.name, on: daemon)
                if let hosts = blueprint.hosts { try await write(hosts, into: record.id, name: record.name, on: daemon) }
            } catch {
                try? await daemon.engine.removeContainer(record.id, volumes: true)
                throw error
            }
        }
        return PreparedService(daemon: daemon, replicas: [PreparedContainer(record: record, isNew: true)], isOneOff: true)
    }
}
