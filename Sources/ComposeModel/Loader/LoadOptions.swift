/// What the CLI tells the loader: the `docker compose` global flags plus the OS environment.
package struct LoadOptions: Sendable {
    /// The current directory; relative `-f`, `--env-file` and `--project-directory` resolve against it.
    package var workingDirectory: String
    /// `-f` files in order; `-` reads standard input. Empty means `COMPOSE_FILE` or discovery.
    package var files: [String]
    /// `-p`; must already be a valid project name.
    package var projectName: String?
    /// `--project-directory`.
    package var projectDirectory: String?
    /// `--profile` flags; empty means `COMPOSE_PROFILES`.
    package var profiles: [String]
    /// `--env-file` flags; empty means `COMPOSE_ENV_FILES` or the project's `.env`.
    package var envFiles: [String]
    /// The OS environment.
    package var environment: [String: String]
    /// False for `config --no-interpolate`.
    package var interpolate: Bool
    /// How services' `environment` is resolved; `config`'s way unless set.
    package var environmentResolution = EnvironmentResolution.discardingEnvFiles
    /// False to skip the check that container names are unique (Compose's `config --hash` skips it).
    package var checkContainerNames = true
    /// Services named on the command line: their profiles become active and the output narrows to them.
    package var services: [String]
    /// Reads standard input when a file is `-`.
    package var stdin: @Sendable () -> [UInt8]

    package init(
        workingDirectory: String,
        files: [String] = [],
        projectName: String? = nil,
        projectDirectory: String? = nil,
        profiles: [String] = [],
        envFiles: [String] = [],
        environment: [String: String] = [:],
        interpolate: Bool = true,
        services: [String] = [],
        stdin: @escaping @Sendable () -> [UInt8] = { [] }
    ) {
        self.workingDirectory = workingDirectory
        self.files = files
        self.projectName = projectName
        self.projectDirectory = projectDirectory
        self.profiles = profiles
        self.envFiles = envFiles
        self.environment = environment
        self.interpolate = interpolate
        self.services = services
        self.stdin = stdin
    }

    /// compose-go's `SkipResolveEnvironment` and `discardEnvFiles`, as Compose's commands choose them.
    package enum EnvironmentResolution: Sendable {
        /// `env_file` contents folded into `environment`, names without a value looked up, `env_file` dropped:
        /// what `config` prints.
        case discardingEnvFiles
        /// Resolved the same, `env_file` kept: the service `up` hashes into `com.docker.compose.config-hash`.
        case keepingEnvFiles
        /// `env_file` kept and not folded (names without a value are still looked up): the service
        /// `config --hash` hashes.
        case none
    }
}
