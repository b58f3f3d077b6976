import EngineAPI
import Planner

// One service: its spec completed with the manager's secret and config IDs, its image pinned as
// `--resolve-image` says, and labelled with the hash of what is sent; created when missing, updated when the
// hash differs, left alone otherwise (its `Version` stays, so a second deploy of an unchanged file touches nothing).
extension StackRunner {
    /// Creates or updates `service`; returns its ID.
    func converge(_ service: SwarmService, existing: SwarmServiceSummary?, ids: ResourceIDs) async throws -> String {
        var spec = try Self.completed(service.spec, ids: ids)
        var auth: String?
        // The hash covers the pinned image: a digest the registry now gives for the same tag is a change.
        if let image = spec["TaskTemplate"]?["ContainerSpec"]?["Image"]?.string {
            auth = try await engine("reading the registry credentials for \(image)") { try await images.registryAuth?(image) }
            spec = try await pinned(spec, image: image, existing: existing, auth: auth)
        }
        let digest = SHA256.hexDigest(of: spec.bytes)
        spec.setLabel(Self.hashLabel, digest)
        guard let existing else {
            await say("Creating service \(service.name)")
            return try await engine("creating service \(service.name)") { try await manager.createService(spec.bytes, registryAuth: auth) }
        }
        if existing.spec.labels?[Self.hashLabel] == digest {
            await say("Service \(service.name) unchanged")
            return existing.id
        }
        await say("Updating service \(service.name) (id: \(existing.id))")
        try await engine("updating service \(service.name)") {
            try await manager.updateService(existing.id, version: existing.version, spec: spec.bytes, registryAuth: auth)
        }
        return existing.id
    }

    /// The spec with each secret and config reference's `SecretID`/`ConfigID` filled in by its name, and a
    /// credential spec's config named by its ID.
    static func completed(_ spec: JSONValue, ids: ResourceIDs) throws -> JSONValue {
        var spec = spec
        var failure: StackError?
        spec.update("TaskTemplate") { template in
            template.update("ContainerSpec") { container in
                for (field, nameKey, idKey, table, kind) in [
                    ("Secrets", "SecretName", "SecretID", ids.secrets, "secret"), ("Configs", "ConfigName", "ConfigID", ids.configs, "config"),
                ] {
                    guard let references = container[field]?.array else { continue }
                    container.set(
                        field,
                        .array(
                            references.map { reference in
                                var reference = reference
                                guard let name = reference[nameKey]?.string else { return reference }
                                guard let id = table[name] else {
                                    failure = .missingExternal(kind: kind, name: name)
                                    return reference
                                }
                                reference.set(idKey, .string(id))
                                return reference
                            }))
                }
                // A gMSA credential spec kept in a config names it by ID, as the CLI sends it
                // (cli/compose/convert/service.go convertCredentialSpec); the runtime reference above carries it.
                guard let name = container["Privileges"]?["CredentialSpec"]?["Config"]?.string else { return }
                guard let id = ids.configs[name] else { return failure = .missingExternal(kind: "config", name: name) }
                container.update("Privileges") { $0.update("CredentialSpec") { $0.set("Config", .string(id)) } }
            }
        }
        if let failure { throw failure }
        return spec
    }
}
