import EngineAPI
import Planner

/// How `stack deploy` treats the services' images: `docker stack deploy`'s `--resolve-image` and
/// `--with-registry-auth`.
package struct StackImagePolicy: Sendable {
    /// When the manager asks the registry for an image's digest, which then pins the service's tasks to it
    /// (every node runs the same image, whatever the tag points at later).
    package enum Resolution: String, CaseIterable, Sendable {
        /// On every create and update (the CLI's default).
        case always
        /// On a create, and on an update whose image, as the file names it, changed.
        case changed
        /// Never: an update whose image did not change keeps the digest an earlier deploy pinned.
        case never
    }

    package var resolution: Resolution
    /// The `X-Registry-Auth` of an image's registry, sent with each service create and update (the manager
    /// hands it to the nodes that pull) and with each registry query; nil sends none.
    package var registryAuth: (@Sendable (String) async throws -> String)?

    package init(resolution: Resolution = .never, registryAuth: (@Sendable (String) async throws -> String)? = nil) {
        self.resolution = resolution
        self.registryAuth = registryAuth
    }
}

// The CLI's client does this before each `ServiceCreate`/`ServiceUpdate` (moby client's
// `resolveContainerSpecImage`), and `deployServices` decides when (cli/command/stack/deploy_composefile.go).
extension StackRunner {
    /// `spec`, whose image is `image`, as the policy leaves it: pinned to the digest the registry gives (and the
    /// task placed on the image's platforms), or kept as the existing service runs it when neither asked nor changed.
    func pinned(_ spec: JSONValue, image: String, existing: SwarmServiceSummary?, auth: String?) async throws -> JSONValue {
        let unchanged = existing.map { $0.spec.labels?[Self.imageLabel] == spec.labels[Self.imageLabel] } ?? false
        var spec = spec
        let query = images.resolution == .always || (images.resolution == .changed && !unchanged)
        guard query else {
            // Unlike the CLI, which sends the pinned image without its platforms (and so updates the service),
            // the pin is kept whole: an unchanged file changes nothing.
            if unchanged, let running = existing?.spec {
                if let image = running.image { spec.setImage(image) }
                let platforms = running.platforms.map { [("Architecture", $0.architecture ?? ""), ("OS", $0.os ?? "")] }
                if !platforms.isEmpty { spec.setPlatforms(platforms.map(Self.placementPlatform)) }
            }
            return spec
        }
        let found: DistributionInspect
        do {
            found = try await manager.distribution(of: image, registryAuth: auth)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            await warn(
                "image \(image) could not be accessed on a registry to record\nits digest. Each node will access \(image) independently,\n"
                    + "possibly leading to different nodes running different\nversions of the image.")
            return spec
        }
        spec.setImage(image.contains("@") ? image : "\(image)@\(found.descriptor.digest)")
        let platforms = Self.platforms(found.platforms ?? [])
        if !platforms.isEmpty { spec.setPlatforms(platforms) }
        return spec
    }

    /// The image's platforms as a placement: attestation entries (`unknown`) out, `arm` without its
    /// architecture (nodes report `armv7l`: moby/swarmkit#2294), each os/architecture once.
    static func platforms(_ offered: [DistributionInspect.Platform]) -> [JSONValue] {
        var seen: Set<[String]> = []
        var platforms: [JSONValue] = []
        for platform in offered where platform.os != "unknown" && platform.architecture != "unknown" {
            let architecture = platform.architecture.lowercased() == "arm" ? "" : platform.architecture
            guard seen.insert([architecture, platform.os]).inserted else { continue }
            platforms.append(placementPlatform([("Architecture", architecture), ("OS", platform.os)]))
        }
        return platforms
    }

    /// A `Platform` object; Go's `omitempty` leaves an empty field out.
    private static func placementPlatform(_ fields: [(String, String)]) -> JSONValue {
        .object(fields.filter { !$0.1.isEmpty }.map { ($0.0, JSONValue.string($0.1)) })
    }
}

extension JSONValue {
    /// Replaces a service spec's `TaskTemplate.ContainerSpec.Image`.
    fileprivate mutating func setImage(_ image: String) {
        update("TaskTemplate") { $0.update("ContainerSpec") { $0.set("Image", .string(image)) } }
    }

    /// Replaces a service spec's `TaskTemplate.Placement.Platforms`.
    fileprivate mutating func setPlatforms(_ platforms: [JSONValue]) {
        update("TaskTemplate") { $0.update("Placement") { $0.set("Platforms", .array(platforms)) } }
    }
}
