import YAML

/// Everything Docker Compose v2 does before talking to a daemon: environment, file discovery,
/// project name, per-file loading and merging, normalisation, profiles and consistency checks.
package enum ProjectLoader {
    /// Loads the project `options` describe; `tree` is nil when an error stopped loading.
    package static func load(_ options: LoadOptions) -> LoadResult {
        var result = LoadResult(workingDirectory: options.workingDirectory)
        var diagnostics = Diagnostics()
        defer { _ = diagnostics }
        guard let setup = ProjectSetup.prepare(options, diagnostics: &diagnostics) else {
            result.diagnostics = diagnostics
            return result
        }
        result.files = setup.files
        result.workingDirectory = setup.projectDirectory
        result.profiles = setup.profiles
        var sources: [SourceFile] = []
        for path in setup.files {
            guard let source = SourceFile.load(path, cwd: options.workingDirectory, stdin: options.stdin, diagnostics: &diagnostics) else {
                result.diagnostics = diagnostics
                return result
            }
            sources.append(source)
        }
        let declared = ProjectName.declared(in: sources.flatMap { $0.documents.map(\.root) })
        guard let name = ProjectName.decide(
            flag: options.projectName, environment: setup.environment, declared: declared,
            interpolate: options.interpolate, projectDirectory: setup.projectDirectory, diagnostics: &diagnostics)
        else {
            result.diagnostics = diagnostics
            return result
        }
        var environment = setup.environment
        environment["COMPOSE_PROJECT_NAME"] = name
        result.name = name
        result.environment = environment

        var loader = TreeLoader(
            environment: environment, projectDirectory: setup.projectDirectory,
            home: environment["HOME"] ?? "/root", interpolate: options.interpolate, cwd: options.workingDirectory,
            stdin: options.stdin)
        let merged = loader.load(consume sources)
        diagnostics.append(contentsOf: loader.diagnostics)
        guard let merged else {
            result.diagnostics = diagnostics
            return result
        }
        guard let mapping = merged.mapping, !mapping.isEmpty else {
            diagnostics.error("empty compose file", at: merged.mark)
            result.diagnostics = diagnostics
            return result
        }
        result.tree = finish(
            merged, name: name, setup: setup, environment: environment, options: options, profiles: &result.profiles,
            diagnostics: &diagnostics)
        result.diagnostics = diagnostics
        return result
    }

    /// Normalisation, profiles, checks, `env_file` folding, selection and pruning.
    private static func finish(
        _ merged: Node, name: String, setup: ProjectSetup, environment: [String: String], options: LoadOptions,
        profiles: inout [String], diagnostics: inout Diagnostics
    ) -> Node? {
        var normalizer = ProjectNormalizer(name: name, projectDirectory: setup.projectDirectory, environment: environment)
        var tree = normalizer.normalize(merged)
        diagnostics.append(contentsOf: normalizer.diagnostics)
        let known = Set(tree.mapping?["services"]?.mapping?.keys ?? [])
        for service in options.services where !known.contains(service) {
            diagnostics.error("no such service: \(service)", at: .none)
            return nil
        }
        let active = ProfileFilter.active(
            flags: options.profiles, environment: environment, selected: options.services, tree: tree)
        profiles = active
        let filtered = ProfileFilter.apply(tree, active: active)
        tree = filtered.tree
        var checker = ConsistencyChecker(tree, disabled: filtered.disabled)
        checker.run()
        diagnostics.append(contentsOf: checker.diagnostics)
        guard !checker.diagnostics.hasErrors else { return nil }
        var failed = false
        tree = ServiceEditor.editServices(tree) { serviceName, service in
            guard !failed else { return }
            if let folded = EnvironmentResolver.foldEnvFiles(
                service, name: serviceName, environment: environment, cwd: options.workingDirectory, diagnostics: &diagnostics)
            {
                service = folded
            } else {
                failed = true
            }
        }
        guard !failed else { return nil }
        tree = ResourcePruner.select(tree, services: options.services)
        tree = GoOmitEmpty.apply(ResourcePruner.prune(tree))
        var names = Diagnostics()
        ResourcePruner.checkContainerNames(tree, into: &names)
        diagnostics.append(contentsOf: names)
        return names.hasErrors ? nil : tree
    }
}
