/// Label keys: Compose's own, so Docker Desktop and `docker compose ps` group the project, and
/// mixcompose's state under `io.mixcompose.`.
package enum Labels {
    package static let project = "com.docker.compose.project"
    package static let service = "com.docker.compose.service"
    package static let containerNumber = "com.docker.compose.container-number"
    package static let oneoff = "com.docker.compose.oneoff"
    package static let configHash = "com.docker.compose.config-hash"
    package static let dependsOn = "com.docker.compose.depends_on"
    package static let workingDir = "com.docker.compose.project.working_dir"
    package static let configFiles = "com.docker.compose.project.config_files"
    package static let network = "com.docker.compose.network"
    package static let volume = "com.docker.compose.volume"
    package static let version = "com.docker.compose.version"
    /// The local ID of the image a container was created from: a rebuilt image changes the hash.
    package static let image = "com.docker.compose.image"
    /// On a container that replaced another: the replaced one's `<service>-<n>` (or `container_name`).
    package static let replace = "com.docker.compose.replace"
    /// On a one-off (`run`) container: the 64-hex ID whose first 12 digits end its name.
    package static let slug = "com.docker.compose.slug"

    /// The role (`linux`, `windows`) whose daemon runs the container.
    package static let role = "io.mixcompose.role"
    /// The hash of the full create request (injected peer addresses included): equal means "keep".
    package static let mixHash = "io.mixcompose.config-hash"
    /// Comma-joined `service=address` of the peers whose addresses were injected.
    package static let peers = "io.mixcompose.peers"
    /// `service=ip|published,…`: how each cross-daemon peer is reached (see `PeerRoute`).
    package static let peerRoutes = "io.mixcompose.peer-routes"

    /// The label filter selecting a project's objects.
    package static func projectFilter(_ project: String) -> String { "\(Labels.project)=\(project)" }
}
