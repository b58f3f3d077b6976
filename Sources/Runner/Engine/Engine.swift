import EngineAPI

/// What the runner needs from one Docker daemon. `EngineClient` conforms in production; tests use a fake.
///
/// Reads return runner-side records (`ContainerRecord`, …) so fakes can build them; writes take the
/// Engine API's wire requests, so what a test sees is what the daemon would receive.
package protocol Engine: Sendable {
    /// The daemon's OS facts (`GET /info`) and its negotiated API version.
    func facts() async throws -> DaemonFacts
    /// A local image's ID and OS, or nil when the image is not present.
    func image(_ reference: String) async throws -> ImageRecord?
    /// Pulls an image, for `platform` (`linux`, `windows`) when given, with the registry credentials `auth`.
    func pullImage(_ reference: String, platform: String?, auth: AuthConfig) async throws
    /// Removes an image by name or ID, untagging it first; refused (an error) while a container uses it or,
    /// without `force`, while other tags name it.
    func removeImage(_ name: String, force: Bool, noPrune: Bool) async throws
    /// Local images carrying every label filter (`key` or `key=value`) and at least one tag.
    func taggedImages(labels: [String]) async throws -> [TaggedImage]
    /// Builds an image from its context (`POST /build`), sent as a tar stream produced while it is sent,
    /// passing each progress line to `progress`; a failure reported by the builder, or an `ArchiveError`
    /// for a file of the context that cannot be read, is thrown.
    func buildImage(_ options: ImageBuildOptions, context: BuildContext, progress: @Sendable (BuildProgress) async -> Void) async throws

    /// Networks carrying every label filter (`key` or `key=value`).
    func networks(labels: [String]) async throws -> [NetworkRecord]
    /// Creates a network and returns its id.
    func createNetwork(_ request: NetworkCreateRequest) async throws -> String
    /// Connects a container to a further network with `aliases`.
    func connectNetwork(_ network: String, container: String, endpoint: EndpointSettings) async throws
    /// Removes a network by id or name.
    func removeNetwork(_ id: String) async throws
    /// How many containers the daemon lists as attached to a network.
    func attachedContainers(network id: String) async throws -> Int

    /// Volumes carrying every label filter.
    func volumes(labels: [String]) async throws -> [VolumeRecord]
    /// Creates a named volume.
    func createVolume(_ request: VolumeCreateRequest) async throws
    /// Removes a named volume.
    func removeVolume(_ name: String) async throws

    /// Containers carrying every label filter; stopped ones too when `all`.
    func containers(labels: [String], all: Bool) async throws -> [ContainerRecord]
    /// Creates a container and returns its id; `platform` is sent only when non-nil.
    func createContainer(name: String, platform: String?, request: ContainerCreateRequest) async throws -> String
    /// Starts a container (no error when it already runs).
    func startContainer(_ id: String) async throws
    /// Stops a container, killing it after `timeout` seconds (nil: the container's own stop timeout).
    func stopContainer(_ id: String, timeout: Int?) async throws
    /// Removes a container, forcibly, with its anonymous volumes when `volumes`.
    func removeContainer(_ id: String, volumes: Bool) async throws
    /// A container's current state, addresses and labels.
    func inspectContainer(_ id: String) async throws -> ContainerRecord

    /// Calls `body` with each log line of a container until the output ends (or forever with `follow`).
    func logs(_ id: String, options: LogOptions, _ body: @Sendable (LogLine) async throws -> Void) async throws
    /// Calls `body` with each container event matching the label filters, from `since` (Unix seconds, nil: now)
    /// until `until` (nil: until cancelled).
    func events(labels: [String], since: String?, until: String?, _ body: @Sendable (ContainerEvent) async throws -> Void) async throws

    // MARK: recreate

    /// Renames a container: `up` creates a replacement under a temporary name, then gives it the old one's.
    func renameContainer(_ id: String, to name: String) async throws

    // MARK: archive

    /// Extracts a tar archive into a created or stopped container under the directory `path`
    /// (`PUT /containers/{id}/archive`); entries keep their header owners only with `copyUIDGID`.
    func putArchive(_ archive: [UInt8], into container: String, at path: String, copyUIDGID: Bool) async throws
    /// The content of the file at `path` in a created or stopped container (`GET /containers/{id}/archive`),
    /// or nil when there is none.
    func fileContents(in container: String, at path: String) async throws -> [UInt8]?

    // MARK: exec

    /// Runs `command` in a running container (`POST /containers/{id}/exec`, then start and inspect) and
    /// returns its exit code and output, for `doctor`'s connection probes.
    func runProbe(in container: String, command: [String]) async throws -> ProbeOutcome
    /// The newest API version the daemon speaks (`GET /_ping`'s `Api-Version`), nil when it does not say.
    func maximumAPIVersion() async throws -> APIVersion?

    // MARK: commands

    /// Prepares a command in a running container (`POST /containers/{id}/exec`) and returns the exec's id.
    func createExec(_ container: String, request: ExecCreateRequest) async throws -> String
    /// Starts an exec: detached it returns at once; attached, `input` feeds its stdin (nil: none) and its
    /// output goes to `output` (one stream with `tty`) until the command ends.
    func startExec(
        _ id: String, tty: Bool, detach: Bool, input: AsyncStream<[UInt8]>?,
        output: @escaping @Sendable (OutputChunk) async throws -> Void
    ) async throws
    /// Sets the size of an exec's TTY in characters.
    func resizeExec(_ id: String, height: Int, width: Int) async throws
    /// An exec's exit code, nil while it runs.
    func execExitCode(_ id: String) async throws -> Int?
    /// Attaches to a created container's streams, then runs `attached` (which starts it); `input` feeds its
    /// stdin (nil: none) and its output goes to `output` (one stream with `tty`) until its streams end.
    func attachContainer(
        _ id: String, tty: Bool, input: AsyncStream<[UInt8]>?, attached: @escaping @Sendable () async throws -> Void,
        output: @escaping @Sendable (OutputChunk) async throws -> Void
    ) async throws
    /// Sets the size of a container's TTY in characters.
    func resizeContainer(_ id: String, height: Int, width: Int) async throws

    // MARK: container commands

    /// Sends `signal` (a name such as `SIGTERM` or a number; nil: SIGKILL) to a running container.
    func killContainer(_ id: String, signal: String?) async throws
    /// Freezes a running container's processes.
    func pauseContainer(_ id: String) async throws
    /// Thaws a paused container.
    func unpauseContainer(_ id: String) async throws
    /// The processes of a running container (`GET /containers/{id}/top`): titles and one row per process.
    func processes(in id: String) async throws -> ContainerTop
    /// Blocks until the container is not running (`POST /containers/{id}/wait`) and returns its exit code.
    func waitForExit(_ id: String) async throws -> Int
    /// What `images` shows of a local image, or nil when the image is not present.
    func imageDetails(_ reference: String) async throws -> ImageDetails?

    // MARK: transfer

    /// Pushes a local image to the registry its name says, with the registry credentials `auth`.
    func pushImage(_ reference: String, auth: AuthConfig) async throws
    /// A tar archive of `path` in a container (`GET /containers/{id}/archive`), nil when nothing is there.
    func archive(of container: String, at path: String) async throws -> [UInt8]?
    /// The container's whole filesystem as a tar archive, handed to `body` chunk by chunk.
    func exportContainer(_ id: String, _ body: @Sendable ([UInt8]) async throws -> Void) async throws
    /// What is at `path` in a container (`HEAD /containers/{id}/archive`), nil when nothing is there.
    func pathStat(in container: String, at path: String) async throws -> PathStat?
}

extension Engine {
    /// Calls `body` with each container event matching the label filters from now until cancelled.
    package func events(labels: [String], _ body: @Sendable (ContainerEvent) async throws -> Void) async throws {
        try await events(labels: labels, since: nil, until: nil, body)
    }

    /// Pulls an image without registry credentials.
    package func pullImage(_ reference: String, platform: String?) async throws {
        try await pullImage(reference, platform: platform, auth: AuthConfig())
    }
}
