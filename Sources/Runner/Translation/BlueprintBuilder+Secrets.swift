import ComposeModel
import EngineAPI
import Foundation

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

    /// Adds file-sourced secrets and configs to `request` as read-only binds (Linux containers), as
    /// Compose does outside Swarm, and returns the ones written in after create: `environment:` and
    /// `content:` sources, and every source of a Windows container, which cannot bind a single file.
    static func fileReferences(
        of service: Service, in context: BlueprintContext, into request: inout ContainerCreateRequest
    ) -> [InjectedFile] {
        let windows = context.daemon.imageOS(for: context.os) == "windows"
        var mounts = request.hostConfig?.mounts ?? []
        var files: [InjectedFile] = []
        let kinds = [("secret", service.secrets, context.project.secrets), ("config", service.configs, context.project.configs)]
        for (kind, references, objects) in kinds {
            for reference in references {
                guard let object = objects[reference.source] else { continue }
                let target = target(of: reference, kind: kind, windows: windows)
                if let file = object.file, !windows, object.environment == nil, object.content == nil {
                    // A mount the service declares at the same target wins, as in Compose.
                    guard !mounts.contains(where: { $0.target == target }) else { continue }
                    var mount = Mount(type: "bind", source: file, target: target, readOnly: true)
                    if kind == "secret" { mount.bindOptions = Mount.BindOptions() }
                    mounts.append(mount)
                    continue
                }
                let content = self.content(of: object, in: context.project)
                if content == "" { continue }  // Compose writes nothing for empty content.
                files.append(injected(reference, kind: kind, target: target, content: content, windows: windows))
            }
        }
        request.hostConfig?.mounts = mounts.isEmpty ? nil : mounts
        return files
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
        if windows { target = target.replacingOccurrences(of: "/", with: #"\"#) }
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
        path = path.replacingOccurrences(of: #"\"#, with: "/")
        while path.hasPrefix("/") { path.removeFirst() }
        return InjectedFile(
            kind: kind, name: reference.source, root: root, path: path, content: content,
            mode: reference.mode.flatMap { Int($0, radix: 8) } ?? 0o444,
            uid: reference.uid.flatMap { Int($0) }, gid: reference.gid.flatMap { Int($0) })
    }
}
