import YAML

extension TreeLoader {
    /// Where a service lives while `extends` chains are followed.
    struct ServiceSource {
        var file: String
        var directory: String
        var services: [String: Node]
    }

    /// Replaces every service of `document` that has `extends` by its base merged with it
    /// (compose-semantics §7); false after an error.
    mutating func resolveExtends(in document: inout Node, file: String, directory: String) -> Bool {
        guard var root = document.mapping, let s = root.index(of: "services"), var services = root.entries[s].value.mapping
        else { return true }
        guard services.entries.contains(where: { $0.value.mapping?["extends"] != nil }) else { return true }
        var source = ServiceSource(file: file, directory: directory, services: [:])
        for entry in services.entries { source.services[entry.name] = entry.value }
        var cache: [String: ServiceSource] = [:]
        for i in services.entries.indices where services.entries[i].value.mapping?["extends"] != nil {
            guard let resolved = extend(services.entries[i].name, in: &source, chain: [], cache: &cache) else { return false }
            services.entries[i].value = resolved
        }
        root.entries[s].value.content = .mapping(services)
        document.content = .mapping(root)
        return true
    }

    private mutating func extend(
        _ name: String, in source: inout ServiceSource, chain: [(file: String, service: String)],
        cache: inout [String: ServiceSource]
    ) -> Node? {
        guard let service = source.services[name] else { return nil }
        guard var mapping = service.mapping, let extends = mapping["extends"] else { return service }
        let reference: String
        var baseFile: String?
        // Problems with the base point at the node that names it: the `service` or `file` value.
        var referenceMark = extends.mark
        var fileMark = extends.mark
        if let text = extends.text {
            reference = text
        } else if let spec = extends.mapping, let service = spec["service"], let text = service.text {
            reference = text
            referenceMark = service.mark
            baseFile = spec["file"]?.text
            fileMark = spec["file"]?.mark ?? extends.mark
        } else {
            diagnostics.error("extends.\(name).service is required", at: extends.mark)
            return nil
        }
        let link = (file: baseFile ?? source.file, service: name)
        guard chain.count < Self.maximumChain else {
            diagnostics.error("extends chain of service \(name) is longer than \(Self.maximumChain) services", at: extends.mark)
            return nil
        }
        if chain.contains(where: { $0.file == link.file && $0.service == link.service }) {
            let steps = (chain + [link]).dropFirst().map { "  extends \($0.service) in \($0.file)" }
            let head = chain.first.map { "  \($0.service) in \($0.file)" } ?? ""
            diagnostics.error((["Circular reference:", head] + steps).joined(separator: "\n"), at: extends.mark)
            return nil
        }
        var base: Node
        if let baseFile {
            let path = Paths.absolute(baseFile, base: source.directory)
            guard var other = cache[path] ?? loadBaseFile(path, mark: fileMark) else { return nil }
            guard other.services[reference] != nil else {
                diagnostics.error(
                    "cannot extend service \"\(name)\" in \(source.file): service \"\(reference)\" not found in \(baseFile)",
                    at: referenceMark)
                return nil
            }
            guard let resolved = extend(reference, in: &other, chain: chain + [link], cache: &cache) else { return nil }
            cache[path] = other
            base = resolved
        } else {
            guard source.services[reference] != nil else {
                diagnostics.error(
                    "cannot extend service \"\(name)\" in \(source.file): service \"\(reference)\" not found", at: referenceMark)
                return nil
            }
            guard let resolved = extend(reference, in: &source, chain: chain + [link], cache: &cache) else { return nil }
            base = resolved
        }
        mapping["extends"] = nil
        base.mark = service.mark
        do {
            let merged = try TreeMerger.merge(base, Node(.mapping(mapping), mark: service.mark), path: ["services", name])
            source.services[name] = merged
            return merged
        } catch {
            diagnostics.error(error.message, at: error.mark)
            return nil
        }
    }

    /// The services of an `extends: {file:}` base, loaded alone: interpolated and canonicalised
    /// against its own directory, with neither includes nor validation of the whole.
    private mutating func loadBaseFile(_ path: String, mark: Mark) -> ServiceSource? {
        guard let file = SourceFile.load(path, cwd: cwd, stdin: stdin, mark: mark, diagnostics: &diagnostics) else { return nil }
        let directory = Paths.directory(path)
        var services: [String: Node] = [:]
        for document in file.documents {
            guard let prepared = prepare(document, file: path, baseDirectory: directory, isOverride: true) else { return nil }
            for entry in prepared.mapping?["services"]?.mapping?.entries ?? [] {
                if let existing = services[entry.name] {
                    do {
                        services[entry.name] = try TreeMerger.merge(existing, entry.value, path: ["services", entry.name])
                    } catch {
                        diagnostics.error(error.message, at: error.mark)
                        return nil
                    }
                } else {
                    services[entry.name] = entry.value
                }
            }
        }
        return ServiceSource(file: path, directory: directory, services: services)
    }
}
