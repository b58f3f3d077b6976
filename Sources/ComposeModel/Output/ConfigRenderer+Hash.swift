import YAML

extension ConfigRenderer {
    /// Each service of `tree` as Compose hashes it into `com.docker.compose.config-hash` (compose's
    /// `ServiceHash`): Go's compact `json.Marshal` of compose-go's `ServiceConfig` without `build`,
    /// `pull_policy`, `scale`, `deploy.replicas`, `depends_on` and `profiles`, `$` unescaped; by service name.
    /// Load the tree with `LoadOptions.EnvironmentResolution` `.none` for `config --hash`, `.keepingEnvFiles` for `up`.
    package static func serviceHashInputs(_ tree: Node) -> [String: String] {
        var inputs: [String: String] = [:]
        for entry in tree.mapping?["services"]?.mapping?.entries ?? [] {
            guard var service = entry.value.mapping else { continue }
            for key in ["build", "pull_policy", "scale", "depends_on", "profiles"] { service[key] = nil }
            if var deploy = service["deploy"]?.mapping {
                deploy["replicas"] = nil
                service["deploy"] = Node(.mapping(deploy), mark: .none)
            }
            if let files = service["env_file"]?.sequence {
                service["env_file"] = Node(.sequence(files.map(goEnvFile)), mark: .none)
            }
            var writer = JSONWriter(escapeDollars: false)
            writer.compact = true
            writer.writeService(service)
            inputs[entry.name] = writer.out.string
        }
        return inputs
    }

    /// A canonical `{path, required[, format]}` entry as compose-go's `EnvFile.MarshalJSON` writes it: the
    /// path alone when required.
    private static func goEnvFile(_ file: Node) -> Node {
        guard let mapping = file.mapping, mapping["required"]?.text != "false", let path = mapping["path"]?.text else { return file }
        return .string(path)
    }
}
