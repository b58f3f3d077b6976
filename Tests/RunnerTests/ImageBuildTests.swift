import ComposeModel
import EngineAPI
import Foundation
import Planner
import Testing

@testable import Runner

@Suite struct ImageBuildTests {
    private static func directory(_ files: [String: String]) throws -> String {
        let root = NSTemporaryDirectory() + "image-build-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: root + "/app", withIntermediateDirectories: true)
        for (path, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path)) }
        return root
    }

    @Test("build options come from build: with null args taken from the environment or dropped")
    func options() async throws {
        let root = try Self.directory(["app/Dockerfile": "FROM busybox\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        var service = Service(name: "web")
        service.build = Service.Build()
        service.build?.context = root + "/app"
        service.build?.args = ["SET": "1", "FROM_ENV": nil, "UNSET": nil]
        service.build?.target = "final"
        service.build?.labels = ["team": "x"]
        service.build?.pull = true
        service.build?.noCache = true
        service.build?.network = "host"
        service.build?.extraHosts = ["db=10.0.0.2"]
        service.build?.shmSize = 1024
        service.build?.tags = ["web:extra"]
        service.build?.cacheFrom = ["web:cache", "type=registry,ref=web:buildcache"]
        service.build?.cacheTo = ["type=inline"]
        let build = try ImageBuild(service: service, image: "demo-web", platform: "windows", environment: ["FROM_ENV": "2"])
        let options = build.options
        #expect(options.tags == ["demo-web", "web:extra"])
        #expect(options.dockerfile == "Dockerfile")
        #expect(options.buildArgs == ["SET": "1", "FROM_ENV": "2"])
        #expect(options.target == "final")
        #expect(options.labels == ["team": "x"])
        #expect(options.platform == "windows")
        #expect(options.pull && options.noCache)
        #expect(options.networkMode == "host")
        #expect(options.extraHosts == ["db:10.0.0.2"])
        #expect(options.shmSize == 1024)
        #expect(options.cacheFrom == ["web:cache"])
        #expect(build.ignored == ["cache_from type=registry,ref=web:buildcache", "cache_to type=inline"])
        #expect(TarNames.of(try await build.context.stream().bytes()) == ["Dockerfile"])
    }

    @Test("an inline Dockerfile, or one outside the context, is sent under a generated name that a generated .dockerignore drops")
    func generatedDockerfile() async throws {
        let root = try Self.directory(["app/main.txt": "m\n", "outside.Dockerfile": "FROM outside\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        var service = Service(name: "web")
        service.build = Service.Build()
        service.build?.context = root + "/app"
        service.build?.dockerfileInline = "FROM inline\n"
        let inline = try ImageBuild(service: service, image: "x", platform: nil, environment: [:])
        #expect(inline.options.dockerfile == ImageBuild.generatedDockerfile)
        let inlineArchive = try await inline.context.stream().bytes()
        #expect(TarNames.contents(of: ImageBuild.generatedDockerfile, in: inlineArchive) == "FROM inline\n")
        #expect(TarNames.contents(of: ".dockerignore", in: inlineArchive) == ".dockerignore\n\(ImageBuild.generatedDockerfile)\n")
        service.build?.dockerfileInline = nil
        service.build?.dockerfile = "../outside.Dockerfile"
        let outside = try ImageBuild(service: service, image: "x", platform: nil, environment: [:])
        let outsideArchive = try await outside.context.stream().bytes()
        #expect(TarNames.contents(of: ImageBuild.generatedDockerfile, in: outsideArchive) == "FROM outside\n")
        #expect(TarNames.of(outsideArchive).sorted() == [".dockerignore", ImageBuild.generatedDockerfile, "main.txt"])
    }

    @Test("a Dockerfile the .dockerignore leaves out goes under the generated name; a .dockerignore that leaves itself out is replaced by one naming both")
    func ignoredDockerfile() async throws {
        let root = try Self.directory(["app/Dockerfile": "FROM ignored\n", "app/keep.txt": "k\n", "app/.dockerignore": "*\n!keep.txt\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        var service = Service(name: "web")
        service.build = Service.Build()
        service.build?.context = root + "/app"
        let build = try ImageBuild(service: service, image: "x", platform: nil, environment: [:])
        #expect(build.options.dockerfile == ImageBuild.generatedDockerfile)
        let archive = try await build.context.stream().bytes()
        #expect(TarNames.of(archive).sorted() == [".dockerignore", ImageBuild.generatedDockerfile, "keep.txt"])
        #expect(TarNames.contents(of: ImageBuild.generatedDockerfile, in: archive) == "FROM ignored\n")
        #expect(TarNames.contents(of: ".dockerignore", in: archive) == ".dockerignore\n\(ImageBuild.generatedDockerfile)\n")
    }

    @Test("a Dockerfile the .dockerignore keeps is sent where it is, with the .dockerignore unchanged")
    func keptDockerfile() async throws {
        let root = try Self.directory(["app/Dockerfile": "FROM kept\n", "app/a.log": "l\n", "app/.dockerignore": "*.log\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        var service = Service(name: "web")
        service.build = Service.Build()
        service.build?.context = root + "/app"
        let build = try ImageBuild(service: service, image: "x", platform: nil, environment: [:])
        #expect(build.options.dockerfile == "Dockerfile")
        let archive = try await build.context.stream().bytes()
        #expect(TarNames.of(archive).sorted() == [".dockerignore", "Dockerfile"])
        #expect(TarNames.contents(of: ".dockerignore", in: archive) == "*.log\n")
    }

    @Test("contexts that need BuildKit or are not directories are refused", arguments: [
        ("service:base", "remote build context service:base is not supported"),
        ("git@github.com:a/b.git", "remote build context git@github.com:a/b.git is not supported"),
        ("/nonexistent/context", "build context /nonexistent/context is not a directory"),
    ])
    func refused(context: String, message: String) throws {
        var service = Service(name: "web")
        service.build = Service.Build()
        service.build?.context = context
        service.build?.dockerfileInline = "FROM x"
        let error = #expect(throws: RunnerError.self) { _ = try ImageBuild(service: service, image: "x", platform: nil, environment: [:]) }
        #expect(error?.description.contains(message) == true)
    }

    @Test("the build platform is windows only on a real Windows daemon, never sent to a stand-in")
    func platform() {
        let engine = FakeEngine(subnet: "10.9")
        let windows = Daemon(role: .windows, engine: engine, facts: DaemonFacts(os: .windows), address: "w")
        let standIn = Daemon(role: .windows, engine: engine, facts: DaemonFacts(os: .linux), address: "s", isStandIn: true)
        let linux = Daemon(role: .linux, engine: engine, facts: DaemonFacts(os: .linux), address: "l")
        var service = Service(name: "web")
        #expect(Preflight.buildPlatform(service, on: windows, os: .windows) == "windows")
        #expect(Preflight.buildPlatform(service, on: standIn, os: .windows) == nil)
        #expect(Preflight.buildPlatform(service, on: linux, os: .linux) == nil)
        service.platform = "linux/arm64"
        #expect(Preflight.buildPlatform(service, on: linux, os: .linux) == "linux/arm64")
        service.platform = "windows/amd64"
        #expect(Preflight.buildPlatform(service, on: windows, os: .windows) == "windows/amd64")
        #expect(Preflight.buildPlatform(service, on: standIn, os: .windows) == nil)
    }
}
