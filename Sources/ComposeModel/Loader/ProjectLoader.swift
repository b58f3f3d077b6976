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
            declaredProfiles: &result.declaredProfiles,
            diagnostics: &diagnostics)
        result.diagnostics = diagnostics
        return result
    }

    /// Normalisation, profiles, checks, `env_file` and `label_file` folding, selection and pruning. Each pass edits
    /// `tree` in place, so the (large) tree is never copied between passes.
    private static func finish(
        _ merged: consuming Node, name: String, setup: ProjectSetup, environment: [String: String], options: LoadOptions,
        profiles: inout [String], declaredProfiles: inout [String], diagnostics: inout Diagnostics
    ) -> Node? {
        var tree = merged
        var normalizer = ProjectNormalizer(name: name, projectDirectory: setup.projectDirectory, environment: environment)
        normalizer.normalize(&tree)
        diagnostics.append(contentsOf: normalizer.diagnostics)
        if !options.services.isEmpty {
            let known = Set(tree.mapping?["services"]?.mapping?.keys ?? [])
            for service in options.services where !known.contains(service) {
                diagnostics.error("no such service: \(service)", at: .none)
                return nil
            }
        }
        let active = ProfileFilter.active(
            flags: options.profiles, environment: environment, selected: options.services, tree: tree)
        profiles = active
        declaredProfiles = ProfileFilter.declared(in: tree)
        let disabled = ProfileFilter.apply(to: &tree, active: active)
        guard check(tree, disabled: disabled, diagnostics: &diagnostics) else { return nil }
        var failed = false
        let resolution = options.environmentResolution
        ServiceEditor.editServices(in: &tree) { serviceName, service in
            guard !failed else { return }
            let environmentFolded = resolution == .none || EnvironmentResolver.foldEnvFiles(
                &service, name: serviceName, environment: environment, cwd: options.workingDirectory,
                keepEnvFiles: resolution == .keepingEnvFiles, diagnostics: &diagnostics)
            if !environmentFolded || !LabelFiles.fold(&service, name: serviceName, cwd: options.workingDirectory, diagnostics: &diagnostics) {
                failed = true
            }
        }
        guard !failed else { return nil }
        ResourcePruner.select(in: &tree, services: options.services)
        // Pruning counts what the services use during omitempty's walk over them; dropping
        // unused resources after omitempty gives the same tree as before it (sections are Go
        // maps, whose entries omitempty never removes).
        var usage = ResourcePruner.Usage()
        GoOmitEmpty.apply(to: &tree) { usage.collect($0) }
        ResourcePruner.prune(in: &tree, usage: usage)
        var names = Diagnostics()
        if options.checkContainerNames { ResourcePruner.checkContainerNames(tree, into: &names) }
        diagnostics.append(contentsOf: names)
        return names.hasErrors ? nil : tree
    }

    /// Runs the consistency checks; false after an error. The checker's references to `tree`
    /// end with this call, so the passes after it edit the tree without copying it.
    private static func check(_ tree: Node, disabled: Set<String>, diagnostics: inout Diagnostics) -> Bool {
        var checker = ConsistencyChecker(tree, disabled: disabled)
        checker.run()
        diagnostics.append(contentsOf: checker.diagnostics)
        return !checker.diagnostics.hasErrors
    }
}
