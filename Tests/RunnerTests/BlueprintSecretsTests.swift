import ComposeModel
import EngineAPI
import Foundation
import Planner
import Testing

@testable import Runner

@Suite struct BlueprintSecretsTests {
    /// The fake daemons the builder's own tests use: linux, windows and a windows-role stand-in.
    let daemons = BlueprintBuilderTests()
    var linux: Daemon { daemons.linux }
    var windows: Daemon { daemons.windows }
    var standIn: Daemon { daemons.standIn }

    /// `app` with a file secret (short form), an environment secret, a file config and a content config.
    func project(secretFile: String = "/srv/demo/token.txt") -> Project {
        var project = Project(name: "demo", workingDirectory: "/srv/demo", environment: ["TOKEN": "s3cret"])
        var file = FileObject(key: "file_secret", name: "demo_file_secret")
        file.file = secretFile
        var env = FileObject(key: "env_secret", name: "demo_env_secret")
        env.environment = "TOKEN"
        project.secrets = ["file_secret": file, "env_secret": env]
        var conf = FileObject(key: "app_conf", name: "demo_app_conf")
        conf.file = "/srv/demo/app.conf"
        var inline = FileObject(key: "inline", name: "demo_inline")
        inline.content = "key=value\n"
        project.configs = ["app_conf": conf, "inline": inline]
        var app = Service(name: "app")
        app.secrets = [Service.FileReference(source: "file_secret", target: "/run/secrets/file_secret")]
        var envReference = Service.FileReference(source: "env_secret", target: "token")
        envReference.uid = "1000"
        envReference.gid = "1001"
        envReference.mode = "0400"
        app.secrets.append(envReference)
        app.configs = [Service.FileReference(source: "app_conf"), Service.FileReference(source: "inline", target: "etc/inline.conf")]
        project.services["app"] = app
        return project
    }

    func blueprint(_ project: Project, on daemon: Daemon) throws -> ContainerBlueprint {
        let service = try #require(project.services["app"])
        return try BlueprintBuilder.blueprint(for: service, in: BlueprintContext(project: project, daemon: daemon))
    }

    @Test("file sources are read-only binds at /run/secrets/<name> and /<name>, as Compose mounts them")
    func fileBinds() throws {
        let mounts = try #require(try blueprint(project(), on: linux).request.hostConfig?.mounts)
        var secret = Mount(type: "bind", source: "/srv/demo/token.txt", target: "/run/secrets/file_secret", readOnly: true)
        secret.bindOptions = Mount.BindOptions()
        let config = Mount(type: "bind", source: "/srv/demo/app.conf", target: "/app_conf", readOnly: true)
        #expect(mounts == [secret, config])
    }

    @Test("environment and content sources are written in with Compose's paths, owner and mode (0444 unless set)")
    func injected() throws {
        let files = try blueprint(project(), on: linux).files
        #expect(files.map(\.path) == ["run/secrets/token", "etc/inline.conf"])
        #expect(files.map(\.root) == ["/", "/"])
        #expect(files.map(\.content) == ["s3cret", "key=value\n"])
        #expect(files.map(\.mode) == [0o400, 0o444])
        #expect(files[0].uid == 1000 && files[0].gid == 1001 && files[0].keepsOwner)
        #expect(!files[1].keepsOwner)
    }

    @Test("the archive holds one file with the target path, mode and owner")
    func archive() throws {
        let file = try #require(try blueprint(project(), on: linux).files.first)
        let bytes = file.archive(modified: 0)
        #expect(String(decoding: bytes[0..<17], as: UTF8.self) == "run/secrets/token")
        #expect(String(decoding: bytes[100..<107], as: UTF8.self) == "0000400")
        #expect(String(decoding: bytes[108..<115], as: UTF8.self) == "0001750")
        #expect(String(decoding: bytes[116..<123], as: UTF8.self) == "0001751")
        #expect(String(decoding: bytes[512..<518], as: UTF8.self) == "s3cret")
    }

    @Test("a changed secret value changes the hash; the hash never holds the value itself")
    func hashFollowsContent() throws {
        var changed = project()
        changed.environment["TOKEN"] = "other"
        let before = try blueprint(project(), on: linux)
        #expect(before.hash != (try blueprint(changed, on: linux)).hash)
        let encoded = String(decoding: try JSONEncoder().encode(before.files), as: UTF8.self)
        #expect(!encoded.contains("s3cret"))
    }

    @Test("a missing variable leaves the content unset, and empty content is not written, as in Compose")
    func missingAndEmpty() throws {
        var project = project()
        project.environment = [:]
        #expect(try blueprint(project, on: linux).files.first?.content == nil)
        project.environment = ["TOKEN": ""]
        #expect(try blueprint(project, on: linux).files.map(\.name) == ["inline"])
    }

    @Test("a Windows container gets every source written in, at the Windows engine's secrets directory and C:\\")
    func windowsPaths() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mxc-refs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let secretFile = directory.appendingPathComponent("token.txt").path
        try "from-file".write(toFile: secretFile, atomically: true, encoding: .utf8)
        let blueprint = try blueprint(project(secretFile: secretFile), on: windows)
        #expect(blueprint.request.hostConfig?.mounts == nil)
        #expect(blueprint.files.map(\.root) == [#"C:\"#, #"C:\"#, #"C:\"#, #"C:\"#])
        #expect(blueprint.files.map(\.path) == [
            "ProgramData/Docker/secrets/file_secret", "ProgramData/Docker/secrets/token", "app_conf", "etc/inline.conf",
        ])
        #expect(blueprint.files.first?.content == "from-file")
        #expect(blueprint.files[2].content == nil)  // app.conf does not exist: the runner refuses it
        #expect(BlueprintBuilder.target(of: Service.FileReference(source: "x", target: #"D:\keys\x"#), kind: "secret", windows: true) == #"D:\keys\x"#)
    }

    @Test("a stand-in runs Linux containers, so it gets Linux paths and binds")
    func standInIsLinux() throws {
        let blueprint = try blueprint(project(), on: standIn)
        #expect(blueprint.request.hostConfig?.mounts?.count == 2)
        #expect(blueprint.files.map(\.path) == ["run/secrets/token", "etc/inline.conf"])
    }
}
