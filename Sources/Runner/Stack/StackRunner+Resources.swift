import EngineAPI
import Planner

// Networks, secrets and configs: checked before anything is created, then created where missing. Swarm
// cannot change a secret's or config's data in place, so one that exists with other data is an error.
extension StackRunner {
    /// A secret or config to create (nil `id`), or the existing one's ID.
    struct PreparedResource: Sendable {
        var name: String
        var body: JSONValue
        var id: String?
    }

    /// The stack's networks that do not exist yet; throws when an external one is missing.
    func prepareNetworks(_ stack: SwarmStack) async throws -> [SwarmObject] {
        let existing = Set(try await engine("list networks") { try await manager.networks() }.map(\.name))
        for name in stack.externalNetworks where !existing.contains(name) {
            throw StackError.missingExternal(kind: "network", name: name)
        }
        return stack.networks.filter { !existing.contains($0.name) }
    }

    /// Creates the networks `prepareNetworks` found missing.
    func createNetworks(_ networks: [SwarmObject]) async throws {
        for network in networks {
            await say("Creating network \(network.name)")
            _ = try await engine("creating network \(network.name)") { try await manager.createNetwork(network.body.bytes) }
        }
    }

    /// Each object with the hash of its data as a label, and the ID of an existing one with the same data;
    /// throws when an external one is missing or an existing one holds other data.
    func prepareResources(_ kind: SwarmResourceKind, _ objects: [SwarmObject], external: [String]) async throws -> [PreparedResource] {
        let existing = try await engine("list \(kind.rawValue)s") { try await manager.resources(kind) }
        let byName = Dictionary(existing.map { ($0.spec.name, $0) }, uniquingKeysWith: { a, _ in a })
        for name in external where byName[name] == nil {
            throw StackError.missingExternal(kind: kind.rawValue, name: name)
        }
        var prepared: [PreparedResource] = []
        for object in objects {
            let data = object.body["Data"]?.string ?? ""
            let digest = SHA256.hexDigest(of: Array(data.utf8))
            var body = object.body
            body.setLabel(Self.hashLabel, digest)
            guard let found = byName[object.name] else {
                prepared.append(PreparedResource(name: object.name, body: body, id: nil))
                continue
            }
            // A secret's data never leaves the manager: the label says what was sent. One created by another
            // tool carries no label; a config's data can be compared directly, a secret's is trusted.
            let recorded = found.spec.labels?[Self.hashLabel]
            let changed = recorded.map { $0 != digest } ?? (found.spec.data.map { $0 != data } ?? false)
            if changed { throw StackError.dataChanged(kind: kind.rawValue, name: object.name) }
            prepared.append(PreparedResource(name: object.name, body: body, id: found.id))
        }
        for name in external { prepared.append(PreparedResource(name: name, body: .null, id: byName[name]?.id)) }
        return prepared
    }

    /// Creates the missing objects; returns every object's ID by name.
    func createResources(_ kind: SwarmResourceKind, _ prepared: [PreparedResource]) async throws -> [String: String] {
        var ids: [String: String] = [:]
        for resource in prepared {
            if let id = resource.id {
                ids[resource.name] = id
                continue
            }
            await say("Creating \(kind.rawValue) \(resource.name)")
            ids[resource.name] = try await engine("creating \(kind.rawValue) \(resource.name)") {
                try await manager.createResource(kind, body: resource.body.bytes)
            }
        }
        return ids
    }
}
