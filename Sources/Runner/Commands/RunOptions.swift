import ComposeModel

/// What `run` runs: the one-off container's changes to its service, how it is attached, and the `up`
/// options its dependencies are brought up with.
package struct RunOptions: Sendable, Hashable {
    package var service: String
    /// Replaces the service's command when not empty.
    package var command: [String] = []
    /// Replaces the service's entrypoint (`--entrypoint`, already split into words); without a command
    /// it also clears the service's command, as Compose does.
    package var entrypoint: [String]?
    /// Start it, print its ID, return at once (`-d`).
    package var detach = false
    /// Remove it once it ended (`--rm`), also when interrupted.
    package var remove = false
    package var tty = false
    /// Keep stdin open and attached (`-i`, Compose's default).
    package var interactive = true
    /// `KEY=VALUE` entries overriding the service's environment.
    package var environment: [String: String] = [:]
    package var user: String?
    package var workingDir: String?
    /// The container's name (`--name`); nil: `<project>-<service>-run-<12 hex>`.
    package var name: String?
    /// Mounts added to the service's (`-v`).
    package var volumes: [Service.ServiceVolume] = []
    /// Ports published instead of the service's (`-p`).
    package var ports: [Service.Port] = []
    /// Keep the service's own ports (`--service-ports`).
    package var servicePorts = false
    /// Give the container the service's network aliases (`--use-aliases`).
    package var useAliases = false
    /// Capabilities added (`--cap-add`), also taken out of the service's `cap_drop`, as Compose does.
    package var capAdd: [String] = []
    /// Capabilities dropped (`--cap-drop`), also taken out of the service's `cap_add`.
    package var capDrop: [String] = []
    /// Labels added to the service's (`-l`).
    package var labels: [String: String] = [:]
    /// Pull, build and orphan options for the dependencies and the service's image.
    package var up = UpOptions()

    /// Creates options for a one-off container of `service`.
    package init(service: String) {
        self.service = service
    }
}
