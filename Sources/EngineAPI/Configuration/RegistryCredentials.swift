/// Registry credentials as the docker CLI finds them: `config.json` in the config directory
/// (`$DOCKER_CONFIG` or `~/.docker`, as `DockerContexts` finds it), its `auths`, and the credential
/// helpers of `credHelpers` (per registry) and `credsStore` (for every other registry).
///
/// The file is read on each question, so a run that pulls nothing never reads it.
package struct RegistryCredentials: Sendable {
    /// The config directory; nil for no credentials at all.
    package var directory: String?
    /// The environment helpers run in (their `PATH`).
    package var environment: [String: String]

    /// The credentials of the config directory `environment` names.
    package init(environment: [String: String]) {
        self.directory = DockerContexts.configDirectory(environment)
        self.environment = environment
    }

    /// No credentials: every registry is asked anonymously.
    package init() {
        self.directory = nil
        self.environment = [:]
    }

    /// The credentials for the registry of an image reference (what `docker pull` sends).
    package func authConfig(forImage reference: String) async throws(CredentialsError) -> AuthConfig {
        try await authConfig(for: RegistryHost.key(ofImage: reference))
    }

    /// `GetAuthConfig`: the helper of `credHelpers[key]`, else of `credsStore`, else the file's `auths`
    /// (an exact key first, then a key whose `hostname(of:)` is `key`). Empty when nothing is stored.
    package func authConfig(for key: String) async throws(CredentialsError) -> AuthConfig {
        let file = try configFile()
        let stored = Self.fileEntry(file, key)
        guard let suffix = file.credHelpers[key] ?? file.credsStore else { return stored }
        let found = try await CredentialHelper(suffix, environment: environment).get(key)
        // As the CLI's native store: only the email comes from the file, and "not found" leaves the rest empty.
        var config = found ?? AuthConfig()
        config.email = stored.email
        return config
    }

    /// `GetAllCredentials`, what a build sends: the `credsStore` helper's keys (or the file's `auths`
    /// without one), overridden by each `credHelpers` registry; a registry whose helper fails is left
    /// out, as the CLI leaves it out with a warning.
    package func all() async throws(CredentialsError) -> [String: AuthConfig] {
        let file = try configFile()
        var all = file.auths
        if let store = file.credsStore {
            let helper = CredentialHelper(store, environment: environment)
            all = [:]
            for key in try await helper.list().keys.sorted() {
                var config = file.auths[key] ?? AuthConfig()
                let found = try await helper.get(key) ?? AuthConfig()
                (config.username, config.password, config.identityToken) = (found.username, found.password, found.identityToken)
                if config.serverAddress.isEmpty { config.serverAddress = found.serverAddress }
                all[key] = config
            }
        }
        for key in file.credHelpers.keys.sorted() {
            if let config = try? await authConfig(for: key) { all[key] = config }
        }
        return all
    }

    /// The config file; one that stores no credentials at all gets the CLI's default store on Linux:
    /// `pass` when that program is installed, else `secretservice`, if its helper is on `PATH`.
    private func configFile() throws(CredentialsError) -> DockerConfigFile {
        guard let directory else { return DockerConfigFile() }
        var file = try DockerConfigFile.load(directory: directory)
        if file.auths.isEmpty && file.credHelpers.isEmpty && file.credsStore == nil {
            let platformDefault = CredentialHelper.executable("pass", environment: environment) != nil ? "pass" : "secretservice"
            if CredentialHelper.executable("docker-credential-" + platformDefault, environment: environment) != nil {
                file.credsStore = platformDefault
            }
        }
        return file
    }

    /// The file store's lookup; keys are tried in sorted order so two legacy spellings answer the same way each run.
    private static func fileEntry(_ file: DockerConfigFile, _ key: String) -> AuthConfig {
        if let exact = file.auths[key] { return exact }
        for stored in file.auths.keys.sorted() where RegistryHost.hostname(of: stored) == key {
            return file.auths[stored]!
        }
        return AuthConfig()
    }
}
