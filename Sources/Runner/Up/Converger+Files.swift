import ComposeModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Converger {
    /// Refuses what Compose refuses in a service's secrets and configs (external or driver-backed
    /// sources, a missing variable, content for a read-only root filesystem) and warns where it warns
    /// (`uid`/`gid`/`mode` of a bind-mounted file, a missing secret file). A service scaled to zero
    /// writes nothing, so nothing is checked.
    func checkFileReferences(of service: Service, in context: BlueprintContext) async throws {
        guard ReplicaCount.of(service, options: options) > 0 else { return }
        let files = BlueprintBuilder.injectedFiles(of: service, in: context)
        for (kind, reference, object) in BlueprintBuilder.fileReferences(of: service, in: project) {
            if object.external { throw RunnerError.invalidSetting("unsupported external \(kind) \(object.name)") }
            for (field, value) in [("driver", object.driver), ("template_driver", object.templateDriver)] where value != nil {
                throw RunnerError.invalidSetting("\(kind)s.*.\(field) is not supported (\(kind) \(object.key)), as in docker compose")
            }
            guard let file = files.first(where: { $0.kind == kind && $0.name == reference.source }) else {
                if reference.uid != nil || reference.gid != nil || reference.mode != nil {
                    // Compose's own words: "secrets …" but "config …".
                    let subject = kind == "secret" ? "secrets" : "config"
                    await sink.warning("\(subject) `uid`, `gid` and `mode` are not supported, they will be ignored")
                }
                if kind == "secret", let path = object.file, !FileManager.default.fileExists(atPath: path) {
                    await sink.warning("secret file \(object.name) does not exist")
                }
                continue
            }
            try check(file, reference: reference, object: object, service: service)
        }
    }

    /// Writes secrets and configs into a container that is about to start, one archive each, as Compose does.
    func inject(_ files: [InjectedFile], into id: String, name: String, on daemon: Daemon) async throws {
        let now = Int(Date().timeIntervalSince1970)
        for file in files {
            try await Engines.call("copy \(file.kind) \(file.name) into \(name)") {
                try await daemon.engine.putArchive(file.archive(modified: now), into: id, at: file.root, copyUIDGID: file.keepsOwner)
            }
        }
    }

    /// Writes a Windows-role container's hosts file before it starts: the image's own file (or what an
    /// earlier start left), with mixcompose's lines for the cross-daemon peers replaced.
    func write(_ hosts: HostsFile, into id: String, name: String, on daemon: Daemon) async throws {
        let existing = try await Engines.call("read the hosts file of \(name)") {
            try await daemon.engine.fileContents(in: id, at: hosts.absolutePath)
        }
        let contents = hosts.merged(into: existing.map { String(decoding: $0, as: UTF8.self) } ?? "")
        let now = Int(Date().timeIntervalSince1970)
        try await Engines.call("write the hosts file of \(name)") {
            try await daemon.engine.putArchive(hosts.archive(contents, modified: now), into: id, at: hosts.root, copyUIDGID: false)
        }
    }

    private func check(_ file: InjectedFile, reference: Service.FileReference, object: FileObject, service: Service) throws {
        let kind = file.kind
        if file.content == nil, let variable = object.environment {
            throw RunnerError.invalidSetting("environment variable \"\(variable)\" required by \(kind) \"\(object.name)\" is not set")
        }
        if file.content == nil, let path = object.file {
            throw RunnerError.invalidSetting("cannot read \(kind) file \(path) for service \(service.name)")
        }
        if service.readOnly == true {
            throw RunnerError.invalidSetting(
                "cannot create \(kind) \"\(object.name)\" in read-only service \(service.name): `file` is the sole supported option")
        }
        for (field, value, parsed) in [("uid", reference.uid, file.uid), ("gid", reference.gid, file.gid)] where value != nil && parsed == nil {
            throw RunnerError.invalidSetting("\(kind) \(reference.source) of service \(service.name): \(field) \(value ?? "") is not a number")
        }
    }
}
