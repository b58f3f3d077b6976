import YAML

/// Resolves what services take from the environment: bare `environment` keys, null
/// `build.args`, and `env_file` contents folded into `environment` (compose-semantics §3).
enum EnvironmentResolver {
    /// Null `environment` values of every service take the variable's value when it is set.
    static func resolveBareKeys(_ tree: Node, environment: [String: String]) -> Node {
        ServiceEditor.editServices(tree) { _, service in
            if let i = service.index(of: "environment") {
                resolve(&service.entries[i].value, environment: environment, keepUnset: true)
            }
        }
    }

    /// Resolves the null values of the mapping `node` (`resolve(_:environment:keepUnset:)`); the
    /// result is a fresh untagged node, so a node without a tag or null values is left as it is.
    static func resolve(_ node: inout Node, environment: [String: String], keepUnset: Bool) {
        guard case .mapping(let mapping) = node.content else { return }
        guard node.tag != nil || mapping.entries.contains(where: { $0.value.isNull }) else { return }
        node = Node(.mapping(resolve(mapping, environment: environment, keepUnset: keepUnset)), mark: node.mark)
    }

    /// `mapping` with null values replaced by set variables; unset ones kept as null or dropped.
    static func resolve(_ mapping: Node.Mapping, environment: [String: String], keepUnset: Bool) -> Node.Mapping {
        guard mapping.entries.contains(where: { $0.value.isNull }) else { return mapping }
        var result = Node.Mapping()
        for entry in mapping.entries {
            if !entry.value.isNull {
                result.entries.append(entry)
            } else if let value = environment[entry.name] {
                result.entries.append(.init(key: entry.key, value: .string(value, mark: entry.value.mark)))
            } else if keepUnset {
                result.entries.append(entry)
            }
        }
        return result
    }

    /// Folds the service's `env_file` entries into `environment` (which wins) and removes
    /// `env_file` (unless `keepEnvFiles`); false after reporting a missing required file (at its entry) or a parse error
    /// (at its line in the file, named relative to `cwd`).
    static func foldEnvFiles(
        _ service: inout Node.Mapping, name: String, environment: [String: String], cwd: String, keepEnvFiles: Bool = false,
        diagnostics: inout Diagnostics
    ) -> Bool {
        guard let files = service["env_file"] else { return true }
        guard var folded = folded(service, name: name, environment: environment, cwd: cwd, diagnostics: &diagnostics) else {
            return false
        }
        if keepEnvFiles { folded["env_file"] = files }
        service = folded
        return true
    }

    /// `service` with its `env_file` entries folded in; nil after reporting an error.
    private static func folded(
        _ service: Node.Mapping, name: String, environment: [String: String], cwd: String, diagnostics: inout Diagnostics
    ) -> Node.Mapping? {
        guard let files = service["env_file"] else { return service }
        var result = service
        result["env_file"] = nil
        let own = service["environment"]?.mapping ?? Node.Mapping()
        var ownValues: [String: String] = [:]
        for entry in own.entries { if let text = entry.value.text, !entry.value.isNull { ownValues[entry.name] = text } }
        var folded: [(String, String?)] = []
        var foldedIndex: [String: Int] = [:]
        var foldedValues: [String: String] = [:]
        for file in files.sequence ?? [files] {
            let path = file.mapping?["path"]?.text ?? file.text ?? ""
            let required = file.mapping?["required"].map { $0.text != "false" } ?? true
            let raw = file.mapping?["format"]?.text == "raw"
            guard FileAccess.exists(path) else {
                if required {
                    diagnostics.error("env file \(path) not found: stat \(path): no such file or directory", at: file.mark, service: name)
                    return nil
                }
                continue
            }
            // Compose stats, then reads: a directory (or anything unreadable) exists, so it fails to read.
            guard !FileAccess.isDirectory(path), let bytes = FileAccess.read(path) else {
                let reason = FileAccess.isDirectory(path) ? "is a directory" : "permission denied"
                diagnostics.error("failed to read \(path): read \(path): \(reason)", at: file.mark, service: name)
                return nil
            }
            let known = foldedValues
            do {
                let pairs = try DotEnv.parse(String(decoding: bytes, as: UTF8.self), lookup: { key in
                    environment[key] ?? ownValues[key] ?? known[key]
                }, raw: raw)
                for (key, value) in pairs {
                    if let i = foldedIndex[key] { folded[i].1 = value } else {
                        foldedIndex[key] = folded.count
                        folded.append((key, value))
                    }
                    if let value { foldedValues[key] = value }
                }
            } catch {
                diagnostics.error(raw ? "failed to parse env_file \(path): \(error)" : "failed to read \(path): \(error)",
                    at: Mark(file: Paths.display(path, cwd: cwd), line: error.line, column: 1), service: name)
                return nil
            }
        }
        var merged = Node.Mapping()
        let mark = files.mark
        for (key, value) in folded where own[key] == nil {
            merged.entries.append(.init(key: .string(key, mark: mark, style: .plain), value: value.map { .string($0, mark: mark) } ?? .null(mark: mark)))
        }
        merged.entries.append(contentsOf: own.entries)
        if !merged.isEmpty { result["environment"] = Node(.mapping(merged), mark: service["environment"]?.mark ?? mark) }
        return result
    }
}
