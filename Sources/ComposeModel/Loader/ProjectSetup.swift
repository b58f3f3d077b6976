import YAML

/// The decisions made before any compose file is read (compose-semantics §0 step 1): the
/// interpolation environment, the compose files, the project directory and the profiles.
struct ProjectSetup {
    var environment: [String: String]
    var files: [String]
    var projectDirectory: String
    var profiles: [String]

    static func prepare(_ options: LoadOptions, diagnostics: inout Diagnostics) -> ProjectSetup? {
        let cwd = options.workingDirectory
        var environment = options.environment
        if environment["PWD"] == nil { environment["PWD"] = cwd }
        let explicitDirectory = options.projectDirectory.map { Paths.absolute($0, base: cwd) }
        func directory(for files: [String]) -> String {
            if let explicitDirectory { return explicitDirectory }
            if let first = files.first(where: { $0 != "-" }) { return Paths.directory(Paths.absolute(first, base: cwd)) }
            return cwd
        }
        var envFiles = options.envFiles.map { Paths.absolute($0, base: cwd) }
        if envFiles.isEmpty, let list = options.environment["COMPOSE_ENV_FILES"], !list.isEmpty {
            envFiles = list.split(separator: ",").map { Paths.absolute(String($0), base: cwd) }
        }
        let explicitEnvFiles = !envFiles.isEmpty
        let disabled = ["1", "t", "T", "true", "TRUE", "True"].contains(options.environment["COMPOSE_DISABLE_ENV_FILE"] ?? "")
        func defaultEnvFile(_ dir: String) -> [String] {
            let path = Paths.join(dir, ".env")
            return !disabled && FileAccess.isFile(path) ? [path] : []
        }
        var firstDirectory = directory(for: options.files)
        if !explicitEnvFiles { envFiles = defaultEnvFile(firstDirectory) }
        guard let fromFiles = EnvFiles.read(envFiles, cwd: cwd, environment: environment, diagnostics: &diagnostics) else { return nil }
        environment = EnvFiles.adding(fromFiles, to: environment)

        guard let files = FileDiscovery.files(
            explicit: options.files, environment: environment, searchFrom: explicitDirectory ?? cwd, cwd: cwd,
            diagnostics: &diagnostics)
        else { return nil }
        let projectDirectory = directory(for: files)
        if !explicitEnvFiles, projectDirectory != firstDirectory {
            firstDirectory = projectDirectory
            guard let more = EnvFiles.read(defaultEnvFile(projectDirectory), cwd: cwd, environment: environment, diagnostics: &diagnostics)
            else { return nil }
            environment = EnvFiles.adding(more, to: environment)
        }
        return ProjectSetup(
            environment: environment, files: files, projectDirectory: projectDirectory, profiles: options.profiles)
    }
}
