import YAML

/// Loads the compose files of one project (or of one `include`) into a single merged canonical
/// tree: per file and per document it checks keys, interpolates, canonicalises, resolves
/// `extends` and `include`, then merges (compose-semantics §0 step 3).
struct TreeLoader {
    var environment: [String: String]
    var projectDirectory: String
    var home: String
    var interpolate: Bool
    var cwd: String
    var stdin: () -> [UInt8]
    /// The files that (transitively) include this project, outermost first.
    var includeChain: [String] = []
    /// How long an `include` or `extends` chain may be: each link is a recursion of the loader, so
    /// user input must not choose the depth (real projects use a few links).
    static let maximumChain = 250
    var diagnostics = Diagnostics()
    private var warnedVariables: Set<String> = []
    private var warnedVersion: Set<String> = []
    /// Whether the last prepared document carried `!reset`/`!override` tags.
    private var lastHadTags = false

    init(
        environment: [String: String], projectDirectory: String, home: String, interpolate: Bool, cwd: String,
        stdin: @escaping () -> [UInt8]
    ) {
        self.environment = environment
        self.projectDirectory = projectDirectory
        self.home = home
        self.interpolate = interpolate
        self.cwd = cwd
        self.stdin = stdin
    }

    /// The merged tree of `files`, or nil after an error. Each document is taken out of `files`
    /// before it is prepared, so the passes own it alone and edit it in place.
    mutating func load(_ files: consuming [SourceFile]) -> Node? {
        var merged = Node(.mapping(.init()), mark: Mark(file: files.first?.name ?? "", line: 1, column: 1))
        var first = true
        for f in files.indices {
            let file = (path: files[f].path, documents: files[f].documents.count)
            for d in 0..<file.documents {
                let document = files[f].documents[d]
                files[f].documents[d].root = .null()
                guard var prepared = prepare(consume document, file: file.path, baseDirectory: projectDirectory, isOverride: !first)
                else { return nil }
                guard resolveExtends(in: &prepared, file: file.path, directory: projectDirectory) else { return nil }
                guard applyIncludes(in: &prepared, file: file.path) else { return nil }
                do {
                    // The first tag-free document needs no merge: it is the tree.
                    if first, !lastHadTags, merged.mapping?.isEmpty == true, prepared.mapping != nil {
                        merged = prepared
                    } else {
                        merged = try TreeMerger.merge(merged, prepared)
                    }
                } catch {
                    diagnostics.error(error.message, at: error.mark)
                    return nil
                }
                merged = Unicity.enforce(merged)
                first = false
            }
        }
        return merged
    }

    /// One document checked, interpolated and canonicalised; nil after an error.
    mutating func prepare(_ parsed: consuming Document, file: String, baseDirectory: String, isOverride: Bool) -> Node? {
        // From here `tree` is the document's only reference (when the caller gave up its own),
        // so the passes below edit it in place instead of copying every container they touch.
        var tree = parsed.root
        parsed.root = .null()
        guard tree.mapping != nil else {
            diagnostics.error(tree.isNull ? "empty compose file" : "top-level object must be a mapping", at: tree.mark)
            return nil
        }
        if parsed.hasNonStringKeys, let problem = KeyChecker.firstNonStringKey(tree) {
            diagnostics.error(problem.message, at: problem.mark)
            return nil
        }
        if interpolate, parsed.hasDollars {
            let env = environment
            var interpolator = TreeInterpolator { env[$0] }
            interpolator.interpolate(&tree)
            for (name, mark) in interpolator.unset where !warnedVariables.contains(name) {
                warnedVariables.insert(name)
                diagnostics.warning("The \"\(name)\" variable is not set. Defaulting to a blank string.", at: mark)
            }
            guard !interpolator.diagnostics.hasErrors else {
                diagnostics.append(contentsOf: interpolator.diagnostics)
                return nil
            }
        }
        lastHadTags = parsed.hasTags && (tree.tag != nil || TagCleaner.needsCleaning(tree))
        var resets: [[String]] = []
        if lastHadTags { (tree, resets) = ResetMarkers.extract(tree) }
        // An extending service must not get defaults (build context, dockerfile) that would
        // override its base's values, so such documents are canonicalised like overrides.
        let extends = tree.mapping?["services"]?.mapping?.entries.contains { $0.value.mapping?["extends"] != nil } ?? false
        let options = CanonicalOptions(baseDirectory: baseDirectory, homeDirectory: home, isOverride: isOverride || extends)
        var problems = Diagnostics()
        var canonical = Canonicalizer.canonicalize(consume tree, options: options, diagnostics: &problems)
        if !resets.isEmpty { canonical = ResetMarkers.reinsert(resets, into: canonical) }
        diagnostics.append(contentsOf: problems)
        guard !problems.hasErrors else { return nil }
        if var mapping = canonical.mapping, let version = mapping.entry("version") {
            if !warnedVersion.contains(file) {
                warnedVersion.insert(file)
                diagnostics.warning(
                    "\(file): the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion",
                    at: version.key.mark)
            }
            mapping["version"] = nil
            canonical.content = .mapping(mapping)
        }
        return canonical
    }
}
