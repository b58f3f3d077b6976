import ComposeModel
import EngineAPI
import Foundation
import Planner
import Runner
import Testing

@Suite struct BuildTests {
    /// A context directory with a Dockerfile, an ignored file and a `.dockerignore`; removed by the caller.
    private static func context() throws -> String {
        let root = NSTemporaryDirectory() + "build-ctx-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: root + "/docker", withIntermediateDirectories: true)
        let files = [
            "docker/web.Dockerfile": "FROM busybox\nCOPY hello.txt /\n", "hello.txt": "hello\n", "secret.env": "x\n",
            ".dockerignore": "*.env\ndocker\n",
        ]
        for (path, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path)) }
        return root
    }

    /// The fixture with `web` (on the windows stand-in) built from `context` instead of using busybox.
    private static func fixture(context: String, _ change: (inout Service.Build) -> Void = { _ in }) -> Fixture {
        var fixture = Fixture()
        var build = Service.Build()
        build.context = context
        build.dockerfile = "docker/web.Dockerfile"
        change(&build)
        fixture.project.services["web"]?.image = nil
        fixture.project.services["web"]?.build = build
        return fixture
    }

    @Test("a missing image is built on its service's daemon, from the context minus ignored files, before any create; an ignored Dockerfile is sent under a name the sent .dockerignore drops; the image is labelled with the project and service")
    func buildsMissingImage() async throws {
        let context = try Self.context()
        defer { try? FileManager.default.removeItem(atPath: context) }
        let fixture = Self.fixture(context: context)
        try await fixture.up()
        let calls = await fixture.windows.calls
        let build = try #require(calls.firstIndex(of: "build demo-web"))
        #expect(build < (calls.firstIndex { $0.hasPrefix("create") } ?? calls.count))
        #expect(await fixture.linux.builds.isEmpty)
        let (options, archive) = try #require(await fixture.windows.builds.first)
        #expect(options.dockerfile == ".mixcompose.Dockerfile")
        #expect(options.platform == nil)
        // Compose's labels on the image, which `down --rmi local` looks for.
        #expect(options.labels == ["com.docker.compose.project": "demo", "com.docker.compose.service": "web"])
        #expect(TarNames.of(archive).sorted() == [".dockerignore", ".mixcompose.Dockerfile", "hello.txt"])
        #expect(TarNames.contents(of: ".dockerignore", in: archive) == "*.env\ndocker\n\n.mixcompose.Dockerfile\n")
        #expect(TarNames.contents(of: ".mixcompose.Dockerfile", in: archive) == "FROM busybox\nCOPY hello.txt /\n")
        #expect(await fixture.windows.container(named: "demo-web-1")?.request.image == "demo-web")
        let events = await fixture.sink.events.filter { $0.kind == .image }.map(\.description)
        #expect(events == ["[+] Image demo-web (windows)  Building", "[+] Image demo-web (windows)  Built"])
    }

    @Test("a present image is not built again unless --build asks, and --no-build never builds")
    func buildPolicy() async throws {
        let context = try Self.context()
        defer { try? FileManager.default.removeItem(atPath: context) }
        let fixture = Self.fixture(context: context)
        try await fixture.up()
        try await fixture.up()
        #expect(await fixture.windows.builds.count == 1)
        try await fixture.up { $0.build = true }
        #expect(await fixture.windows.builds.count == 2)
        try await fixture.up { $0.noBuild = true }
        #expect(await fixture.windows.builds.count == 2)
    }

    @Test("with --no-build a missing image fails up naming it")
    func noBuildFails() async throws {
        let context = try Self.context()
        defer { try? FileManager.default.removeItem(atPath: context) }
        let fixture = Self.fixture(context: context)
        let error = await #expect(throws: RunnerError.self) { try await fixture.up { $0.noBuild = true } }
        #expect(try #require(error) == .notBuilt(service: "web", image: "demo-web"))
        #expect(await fixture.calls().filter { $0.contains("create") }.isEmpty)
    }

    @Test("services on one daemon sharing an image build it once; other services still get theirs")
    func sharedImageBuiltOnce() async throws {
        let context = try Self.context()
        defer { try? FileManager.default.removeItem(atPath: context) }
        var fixture = Self.fixture(context: context)
        let build = fixture.project.services["web"]?.build
        for name in ["db", "api"] {
            fixture.project.services[name]?.image = "shared:dev"
            fixture.project.services[name]?.build = build
        }
        try await fixture.up()
        #expect(await fixture.linux.calls.filter { $0.hasPrefix("build") } == ["build shared:dev"])
        #expect(await fixture.windows.calls.filter { $0.hasPrefix("build") } == ["build demo-web"])
    }

    @Test("a failed build names the service and shows the builder's last lines; nothing is created")
    func failedBuild() async throws {
        let context = try Self.context()
        defer { try? FileManager.default.removeItem(atPath: context) }
        let fixture = Self.fixture(context: context)
        await fixture.windows.set(buildFailure: "COPY failed: no source files", output: ["Step 2/2 : COPY hello.txt /"])
        let error = await #expect(throws: RunnerError.self) { try await fixture.up() }
        let message = try #require(error).description
        #expect(message.contains("building image demo-web for service web failed: COPY failed: no source files"))
        #expect(message.contains("Step 2/2 : COPY hello.txt /"))
        #expect(await fixture.calls().filter { $0.contains("create") }.isEmpty)
    }

    @Test("a remote build context is refused with a clear message")
    func remoteContext() async throws {
        let fixture = Self.fixture(context: "https://github.com/example/app.git")
        let error = await #expect(throws: RunnerError.self) { try await fixture.up() }
        #expect(try #require(error).description.contains("remote build context https://github.com/example/app.git is not supported"))
    }

    @Test("a dry run reports the build without building")
    func dryRun() async throws {
        let context = try Self.context()
        defer { try? FileManager.default.removeItem(atPath: context) }
        let fixture = Self.fixture(context: context)
        try await fixture.up { $0.dryRun = true }
        #expect(await fixture.windows.builds.isEmpty)
        #expect(await fixture.sink.events.contains(ProgressEvent(.image, "demo-web", "Building", role: "windows")))
    }
}
