/// When `up` pulls images.
package enum PullPolicy: String, Sendable, Hashable, CaseIterable {
    case missing, always, never
}

/// Options of `up`.
package struct UpOptions: Sendable, Hashable {
    /// Pull policy; a service's own `pull_policy` wins over `missing`.
    package var pull: PullPolicy = .missing
    /// Wait for every service to be running (healthy when it has a healthcheck) before returning.
    package var wait = false
    /// Seconds to wait for conditions (`depends_on`, `--wait`); nil waits for ever.
    package var timeout: Int? = 300
    package var removeOrphans = false
    /// Report what would be done without doing it.
    package var dryRun = false
    /// Recreate containers even when their configuration is unchanged.
    package var forceRecreate = false
    /// Keep existing containers even when their configuration changed (`--no-recreate`).
    package var noRecreate = false
    /// Seconds to wait before killing a container `up` stops (recreated, scaled down, or attached and
    /// interrupted) (`-t/--timeout`); nil uses each container's own stop timeout (`stop_grace_period`).
    package var stopTimeout: Int?
    /// Build images of services with `build:` even when they are present (`--build`).
    package var build = false
    /// Never build; a service whose image is missing fails instead (`--no-build`).
    package var noBuild = false
    /// Pull without the `Pulling`/`Pulled` progress lines (`--quiet-pull`).
    package var quietPull = false
    /// Services to bring up (with their dependencies); empty for all.
    package var services: [String] = []
    /// Services whose image is built even when present, as `--build` does for all (watch's `rebuild`).
    package var buildServices: Set<String> = []
    /// Services recreated even when unchanged, as `--force-recreate` does for the selected ones (watch's `rebuild`).
    package var recreateServices: Set<String> = []
    /// Recreate the selected services' containers with new anonymous volumes, not the old ones' (`-V`).
    package var renewAnonymousVolumes = false
    /// Recreate the containers of the services the selected ones depend on, even when unchanged
    /// (`--always-recreate-deps`).
    package var alwaysRecreateDependencies = false
    /// Service → number of containers (`--scale`), overriding `scale` / `deploy.replicas`.
    package var scale: [String: Int] = [:]
    /// Attached: stop the project as soon as one container exits (`--abort-on-container-exit`).
    package var abortOnContainerExit = false
    /// Attached: stop the project as soon as one container exits with a non-zero code, and end with that code
    /// (`--abort-on-container-failure`; with `exitCodeFrom`, that service's code).
    package var abortOnContainerFailure = false
    /// Attached: stop the project when one container exits, and end with this service's exit code
    /// (`--exit-code-from`; implies `abortOnContainerExit` unless `abortOnContainerFailure`).
    package var exitCodeFrom: String?
    /// Attached: whose output to show (`--attach`, `--no-attach`, `--attach-dependencies`); the default is
    /// the selected services without `attach: false`.
    package var attach = AttachChoice()
    /// Attached: start each line with its container (`web-1  | `); false for `--no-log-prefix`.
    package var logPrefixes = true
    /// Attached: start each line with the daemon's timestamp (`--timestamps`).
    package var timestamps = false
    /// Bring up only `services`, not what they depend on (`--no-deps`); the addresses of the peers they reach
    /// are taken from those peers' running containers, and a peer that does not run is left out with a warning.
    package var noDeps = false
    /// Create the containers without starting them (`create`): no dependency condition is waited for, and a
    /// peer on the other daemon, which has no address before it starts, is left out of its consumers.
    package var noStart = false

    /// Options with defaults.
    package init() {}

    /// Whether `service`'s unchanged containers are recreated anyway, as Compose decides it: `--force-recreate`
    /// and `-V` for the selected services (all when none is), `--always-recreate-deps` for the others.
    package func forcesRecreate(_ service: String) -> Bool {
        recreateServices.contains(service) || (isSelected(service) ? forceRecreate || renewAnonymousVolumes : alwaysRecreateDependencies)
    }

    /// Whether a replacement container of `service` mounts its predecessor's anonymous volumes (not under `-V`).
    package func inheritsVolumes(_ service: String) -> Bool { !(renewAnonymousVolumes && isSelected(service)) }

    private func isSelected(_ service: String) -> Bool { services.isEmpty || services.contains(service) }
}

/// `up`'s attach flags, as Compose reads them.
package struct AttachChoice: Sendable, Hashable {
    /// `--attach`: exactly these services, `attach: false` or not.
    package var only: [String] = []
    /// `--no-attach`: never these.
    package var never: [String] = []
    /// `--attach-dependencies`: the selected services' dependencies too.
    package var dependencies = false

    /// The default choice.
    package init() {}
}

/// Options of `down`.
package struct DownOptions: Sendable, Hashable {
    /// Also remove named volumes declared by the project and anonymous volumes of its containers.
    package var volumes = false
    package var removeOrphans = false
    /// Stop timeout in seconds; nil uses each container's own.
    package var timeout: Int?
    package var dryRun = false
    /// Images to remove too (`--rmi local|all`); nil for none.
    package var images: ImageRemoval?

    /// Options with defaults.
    package init() {}
}

/// Options of `logs`.
package struct LogsOptions: Sendable, Hashable {
    package var follow = false
    /// Lines from the end of each container's output; nil for all.
    package var tail: Int?
    /// Services to show; empty for all.
    package var services: [String] = []
    /// Only each service's replica with this number (`--index`).
    package var index: Int?
    /// Services followed for their exits alone (attached `up`'s named services it does not show): neither their
    /// lines nor the line saying they exited are printed.
    package var quiet: Set<String> = []
    /// Print `web-1 exited with code 0` when a followed container ends (attached `up`).
    package var reportsExits = false
    /// Start each line with the daemon's RFC 3339 timestamp (`--timestamps`).
    package var timestamps = false
    /// Prefix each line with its container (`web-1  | `); false for `--no-log-prefix`.
    package var prefixes = true
    /// Only output since this time, as the daemon takes it: Unix seconds with an optional fraction
    /// (`LogTimestamp` converts what the user typed).
    package var since: String?
    /// Only output until this time, as `since`.
    package var until: String?

    /// Options with defaults.
    package init() {}
}
