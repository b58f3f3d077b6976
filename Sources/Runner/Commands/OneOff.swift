import ComposeModel
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The one-off container `run` creates: the service as Compose's `applyRunOptions` changes it, its name
/// and slug, and the create-request changes Compose makes for one-off containers.
struct OneOff: Sendable {
    /// The service with run's options applied.
    var service: Service
    var name: String
    /// The random 64-hex ID behind the name (`com.docker.compose.slug`).
    var slug: String
    var useAliases: Bool
    /// Detached with `--rm`: the daemon removes it when it ends (`AutoRemove`), as with Compose.
    var autoRemove = false

    /// The one-off container of `service` in `project` as `options` ask; `slug` is random unless given.
    static func of(_ service: Service, project: String, options: RunOptions, slug: String = Self.randomSlug()) -> OneOff {
        var changed = service
        changed.tty = options.tty
        changed.stdinOpen = options.interactive
        if !options.servicePorts { changed.ports = options.ports }
        changed.volumes += options.volumes
        if !options.command.isEmpty { changed.command = options.command }
        if let user = options.user { changed.user = user }
        if let directory = options.workingDir { changed.workingDir = directory }
        if let entrypoint = options.entrypoint {
            changed.entrypoint = entrypoint
            if options.command.isEmpty { changed.command = [] }
        }
        for (key, value) in options.environment { changed.environment[key] = value }
        changed.labels.merge(options.labels) { _, new in new }
        // Compose's order (pkg/compose/run.go): added ones leave cap_drop, then dropped ones leave cap_add.
        if !options.capAdd.isEmpty {
            changed.capAdd += options.capAdd
            changed.capDrop.removeAll { options.capAdd.contains($0) }
        }
        if !options.capDrop.isEmpty {
            changed.capDrop += options.capDrop
            changed.capAdd.removeAll { options.capDrop.contains($0) }
        }
        changed.restart = nil
        changed.deploy?.restartPolicy = nil
        let name = options.name ?? "\(project)-\(service.name)-run-\(slug.prefix(12))"
        changed.containerName = name
        return OneOff(
            service: changed, name: name, slug: slug, useAliases: options.useAliases, autoRemove: options.detach && options.remove)
    }

    /// The create request of the one-off container in `context`: the service's blueprint, labelled as
    /// Compose labels one-off containers (no container number), without network aliases unless asked for.
    func blueprint(in context: BlueprintContext) throws(BlueprintError) -> ContainerBlueprint {
        var blueprint = try BlueprintBuilder.blueprint(for: service, in: context)
        blueprint.request.labels?[Labels.oneoff] = "True"
        blueprint.request.labels?[Labels.slug] = slug
        blueprint.request.labels?[Labels.containerNumber] = nil
        if autoRemove { blueprint.request.hostConfig?.autoRemove = true }
        // Compose attaches run's stdin (`-i`, on by default) once: its end closes the container's stdin, not
        // the output streams still being read.
        if service.stdinOpen == true {
            blueprint.request.attachStdin = true
            blueprint.request.stdinOnce = true
        }
        guard !useAliases else { return blueprint }
        if let endpoints = blueprint.request.networkingConfig?.endpointsConfig {
            blueprint.request.networkingConfig?.endpointsConfig = endpoints.mapValues { endpoint in
                var plain = endpoint
                plain.aliases = nil
                return plain
            }
        }
        for index in blueprint.extraNetworks.indices { blueprint.extraNetworks[index].endpoint.aliases = nil }
        return blueprint
    }

    /// 64 random hex digits, as Docker's `stringid.GenerateRandomID`.
    static func randomSlug() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16).zeroPadded(to: 2) }.joined()
    }
}
