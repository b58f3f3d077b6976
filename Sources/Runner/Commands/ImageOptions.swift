/// Options of `build`.
package struct BuildOptions: Sendable, Hashable {
    /// Services to build; empty for every service with `build:`.
    package var services: [String] = []
    /// Build without the builder's cache (`--no-cache`).
    package var noCache = false
    /// Always pull the base images (`--pull`).
    package var pull = false
    /// Build arguments that override the services' own (`--build-arg K=V`).
    package var args: [String: String] = [:]
    /// Also build the services the named ones depend on, transitively (`--with-dependencies`).
    package var withDependencies = false

    /// Options with defaults.
    package init() {}
}

/// Options of `pull` and `push`.
package struct TransferOptions: Sendable, Hashable {
    /// Services whose images move; empty for all.
    package var services: [String] = []
    /// Go on after an image fails, and succeed (`--ignore-pull-failures`, `--ignore-push-failures`).
    package var ignoreFailures = false
    /// Also the images of the services the named ones depend on (`--include-deps`).
    package var includeDeps = false
    /// `pull`: skip services that can be built (`--ignore-buildable`).
    package var ignoreBuildable = false
    /// `pull`: the pull policy for every service, over its own (`--policy missing|always`).
    package var policy: PullPolicy?

    /// Options with defaults.
    package init() {}
}
