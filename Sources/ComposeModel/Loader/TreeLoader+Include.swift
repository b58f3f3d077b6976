import YAML

extension TreeLoader {
    private static let importedSections = ["services", "volumes", "networks", "secrets", "configs", "models"]

    /// Loads each `include` entry of `document` as its own project and copies its resources in
    /// (compose-semantics §8); false after an error.
    mutating func applyIncludes(in document: inout Node, file: String) -> Bool {
        guard var root = document.mapping, let include = root["include"] else { return true }
        root["include"] = nil
        // `include:` with no value includes nothing, as in Compose.
        let entries = include.isNull ? [] : include.sequence ?? [include]
        for entry in entries {
            guard let imported = loadInclude(entry, from: file) else { return false }
            for section in Self.importedSections {
                guard let incoming = imported.mapping?[section]?.mapping, !incoming.isEmpty else { continue }
                var target = root[section]?.mapping ?? Node.Mapping()
                var index: [String: Int] = [:]
                for (i, existing) in target.entries.enumerated() { index[existing.name] = i }
                for resource in incoming.entries {
                    if let i = index[resource.name] {
                        if Canonical.equal(target.entries[i].value, resource.value) { continue }
                        diagnostics.error("\(section).\(resource.name) conflicts with imported resource", at: target.entries[i].key.mark)
                        return false
                    }
                    index[resource.name] = target.count
                    target.entries.append(resource)
                }
                root[section] = Node(.mapping(target), mark: root[section]?.mark ?? include.mark)
            }
        }
        document.content = .mapping(root)
        return true
    }

    private mutating func loadInclude(_ entry: Node, from file: String) -> Node? {
        var paths: [String] = []
        var projectDirectoryText: String?
        var envFiles: [String] = []
        if let text = entry.text {
            paths = [text]
        } else if let spec = entry.mapping {
            paths = strings(spec["path"])
            projectDirectoryText = spec["project_directory"]?.text
            envFiles = strings(spec["env_file"])
        }
        guard !paths.isEmpty else {
            diagnostics.error("include entry needs a path", at: entry.mark)
            return nil
        }
        let absolutePaths = paths.map { Paths.absolute($0, base: projectDirectory) }
        let mainPath = absolutePaths[0]
        let chain = includeChain + [file]
        guard chain.count < Self.maximumChain else {
            diagnostics.error("include is nested more than \(Self.maximumChain) files deep", at: entry.mark)
            return nil
        }
        if chain.contains(mainPath) {
            let steps = (chain + [mainPath]).dropFirst().joined(separator: "\n include ")
            diagnostics.error("include cycle detected:\n\(chain[0])\n include \(steps)", at: entry.mark)
            return nil
        }
        let directory = projectDirectoryText.map { Paths.absolute($0, base: projectDirectory) } ?? Paths.directory(mainPath)
        var envPaths = envFiles.map { Paths.absolute($0, base: projectDirectory) }
        if envFiles.isEmpty, FileAccess.isFile(Paths.join(directory, ".env")) { envPaths = [Paths.join(directory, ".env")] }
        guard let fromFiles = EnvFiles.read(
            envPaths, cwd: cwd, mark: entry.mapping?["env_file"]?.mark ?? entry.mark, environment: environment,
            diagnostics: &diagnostics) else { return nil }
        var child = TreeLoader(
            environment: EnvFiles.adding(fromFiles, to: environment), projectDirectory: directory, home: home,
            interpolate: interpolate, cwd: cwd, stdin: stdin)
        child.includeChain = chain
        var sources: [SourceFile] = []
        for path in absolutePaths {
            guard let source = SourceFile.load(path, cwd: cwd, stdin: stdin, mark: entry.mark, diagnostics: &diagnostics) else { return nil }
            sources.append(source)
        }
        let loaded = child.load(sources)
        diagnostics.append(contentsOf: child.diagnostics)
        guard let loaded else { return nil }
        return EnvironmentResolver.resolveBareKeys(loaded, environment: child.environment)
    }

    private func strings(_ node: Node?) -> [String] {
        guard let node else { return [] }
        if let items = node.sequence { return items.compactMap(\.text) }
        return node.text.map { [$0] } ?? []
    }
}
