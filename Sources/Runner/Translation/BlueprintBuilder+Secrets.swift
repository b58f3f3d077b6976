import ComposeModel
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension BlueprintBuilder {
    /// Where Compose puts secrets (`/run/secrets/`) and configs (`/`) when the target is unset or
    /// relative; in a Windows container the directories the Windows engine uses for them.
    static func defaultDirectory(of kind: String, windows: Bool) -> String {
        switch (kind, windows) {
        case ("secret", false): "/run/secrets/"
        case ("secret", true): #"C:\ProgramData\Docker\secrets\"#
        case (_, false): "/"
        default: #"C:\"#
        }
    }

    /// The service's secrets and configs with the top-level objects they name, secrets first.
    static func fileReferences(of service: Service, in project: Project) -> [(kind: String, reference: Service.FileReference, object: FileObject)] {
        let kinds = [("secret", service.secrets, project.secrets), ("config", service.configs, project.configs)]
        return kinds.flatMap { kind, references, objects in
            references.compactMap { reference in objects[reference.source].map { (kind, reference, $0) } }
        }
    }

    /// `mounts` plus file-sourced secrets and configs as read-only binds, as Compose mounts them
    /// outside Swarm; none in a Windows container, which cannot bind a single file.
    static func fileMounts(of service: Service, in context: BlueprintContext, after mounts: [Mount]?) -> [Mount]? {
        let windows = isWindows(context)
        var result = mounts ?? []
        for (kind, reference, object) in fileReferences(of: service, in: context.project) {
            guard let file = object.file, isBound(object, windows: windows) else { continue }
            let target = target(of: reference, kind: kind, windows: windows)
            // A volume the service declares at the same target wins, as in Compose, and so does the first
            // secret or config there.
            guard !service.volumes.contains(where: { $0.target == target }), !result.contains(where: { $0.target == target })
            else { continue }
            var mount = Mount(type: "bind", source: file, target: target, readOnly: true)
            if kind == "secret" { mount.bindOptions = Mount.BindOptions() }
            result.append(mount)
        }
        return result.isEmpty ? nil : result
    }

    /// The secrets and configs written into the container before it starts: `environment:` and
    /// `content:` sources, and every source of a Windows container. Empty content is left out, as
    /// Compose leaves it.
    static func injectedFiles(of service: Service, in context: BlueprintContext) -> [InjectedFile] {
        let windows = isWindows(context)
        return fileReferences(of: service, in: context.project).compactMap { kind, reference, object in
            if isBound(object, windows: windows) { return nil }
            let content = self.content(of: object, in: context.project)
            if content == "" { return nil }
            let target = target(of: reference, kind: kind, windows: windows)
            return injected(reference, kind: kind, target: target, content: content, windows: windows)
        }
    }

    /// True for a file source in a Linux container: bind-mounted rather than written in.
    private static func isBound(_ object: FileObject, windows: Bool) -> Bool {
        object.file != nil && object.environment == nil && object.content == nil && !windows
    }

    /// True when the service's containers are Windows containers (not on a stand-in).
    private static func isWindows(_ context: BlueprintContext) -> Bool {
        context.daemon.imageOS(for: context.os) == "windows"
    }

    /// The absolute target: the reference's own when absolute, else in the kind's default directory.
    /// The loader writes a short-form secret's target as `/run/secrets/<name>`; in a Windows
    /// container that default becomes the Windows one.
    static func target(of reference: Service.FileReference, kind: String, windows: Bool) -> String {
        let directory = defaultDirectory(of: kind, windows: windows)
        guard var target = reference.target, !target.isEmpty else { return directory + reference.source }
        if windows && target == defaultDirectory(of: kind, windows: false) + reference.source {
            return directory + reference.source
        }
        if Paths.isAbsoluteAnywhere(target) { return target }
        if windows { target = target.replacing("/", with: #"\"#) }
        return directory + target
    }

    /// Inline content, else the variable's value, else the file's text; nil when none is there.
    private static func content(of object: FileObject, in project: Project) -> String? {
        if let content = object.content { return content }
        if let variable = object.environment { return project.environment[variable] }
        return object.file.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
    }

    private static func injected(
        _ reference: Service.FileReference, kind: String, target: String, content: String?, windows: Bool
    ) -> InjectedFile {
        let root = windows ? #"C:\"# : "/"
        var path = target
        if windows, path.count >= 2, path.dropFirst().first == ":" { path = String(path.dropFirst(2)) }
        path = path.replacing(#"\"#, with: "/")
        while path.hasPrefix("/") { path.removeFirst() }
        return InjectedFile(
            kind: kind, name: reference.source, root: root, path: path, content: content,
            mode: reference.mode.flatMap { Int($0, radix: 8) } ?? 0o444,
            uid: reference.uid.flatMap { Int($0) }, gid: reference.gid.flatMap { Int($0) })
    }
}
