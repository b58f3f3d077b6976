import YAML

/// What the loader hands back: the canonical project tree (`nil` when loading failed) and the
/// facts decided along the way, with every diagnostic collected.
package struct LoadResult: Sendable {
    /// The final canonical project tree, exactly what `config` prints; nil when errors stopped loading.
    package var tree: Node?
    /// The project name.
    package var name: String
    /// The project directory.
    package var workingDirectory: String
    /// The compose files loaded, as absolute paths (`-` for standard input).
    package var files: [String]
    /// The interpolation environment (OS env plus env files plus `COMPOSE_PROJECT_NAME`).
    package var environment: [String: String]
    /// The active profiles: `--profile` or `COMPOSE_PROFILES`, plus those of CLI-named services.
    package var profiles: [String]
    /// Every profile some service declares, active or not, sorted (`config --profiles`).
    package var declaredProfiles: [String] = []
    package var diagnostics: Diagnostics

    package init(
        tree: Node? = nil, name: String = "", workingDirectory: String = "", files: [String] = [],
        environment: [String: String] = [:], profiles: [String] = [], diagnostics: Diagnostics = Diagnostics()
    ) {
        self.tree = tree
        self.name = name
        self.workingDirectory = workingDirectory
        self.files = files
        self.environment = environment
        self.profiles = profiles
        self.diagnostics = diagnostics
    }
}
