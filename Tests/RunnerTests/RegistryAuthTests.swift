import ComposeModel
import EngineAPI
import Foundation
import Planner
import Runner
import Testing

@Suite struct RegistryAuthTests {
    private static let image = "127.0.0.1:5999/mxc/app:1"
    private static let auth = AuthConfig(username: "mxc", password: "pw", serverAddress: "127.0.0.1:5999")

    /// A config directory whose `config.json` stores `auth` for 127.0.0.1:5999; removed by the caller.
    private static func configDirectory() throws -> String {
        let directory = NSTemporaryDirectory() + "mxc-registry-runner-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try #"{"auths": {"https://127.0.0.1:5999": {"auth": "bXhjOnB3"}}}"#
            .write(toFile: directory + "/config.json", atomically: true, encoding: .utf8)
        return directory
    }

    /// `web` (on the windows stand-in) runs the private image, which no daemon has yet.
    private static func fixture() -> Fixture {
        var fixture = Fixture()
        fixture.project.services["web"]?.image = image
        return fixture
    }

    private static func up(_ fixture: Fixture, configDirectory: String) async throws {
        let credentials = RegistryCredentials(environment: ["DOCKER_CONFIG": configDirectory])
        var options = UpOptions()
        options.timeout = 30
        try await Runner(daemons: fixture.daemons, output: fixture.sink, credentials: credentials)
            .up(fixture.project, plan: fixture.plan, options: options)
    }

    @Test("a pull carries the credentials stored for the image's registry, and only that pull")
    func pullCarriesCredentials() async throws {
        let directory = try Self.configDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fixture = Self.fixture()
        try await Self.up(fixture, configDirectory: directory)
        var expected = Self.auth
        expected.serverAddress = "https://127.0.0.1:5999"
        #expect(await fixture.windows.pullAuths == [Self.image: expected])
        #expect(await fixture.linux.pullAuths.isEmpty)
    }

    @Test("a failed pull names the service, the image and the daemon, with the registry's message")
    func pullFailureNamesServiceAndImage() async throws {
        let directory = try Self.configDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fixture = Self.fixture()
        await fixture.windows.set(pullFailure: "Head \"https://127.0.0.1:5999/v2/mxc/app/manifests/1\": no basic auth credentials")
        let error = await #expect(throws: RunnerError.self) { try await Self.up(fixture, configDirectory: directory) }
        #expect(error == .pullFailed(
            service: "web", image: Self.image, role: "windows",
            reason: "Head \"https://127.0.0.1:5999/v2/mxc/app/manifests/1\": no basic auth credentials"))
        #expect(error?.description.hasPrefix("pulling image \(Self.image) for service web on the windows daemon failed: Head") == true)
        #expect(await fixture.calls().filter { $0.contains("create") }.isEmpty)
    }

    @Test("a build sends every stored registry's credentials")
    func buildCarriesAllCredentials() async throws {
        let directory = try Self.configDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let context = NSTemporaryDirectory() + "mxc-registry-ctx-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: context, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: context) }
        try "FROM \(Self.image)\n".write(toFile: context + "/Dockerfile", atomically: true, encoding: .utf8)
        var fixture = Fixture()
        var build = Service.Build()
        build.context = context
        fixture.project.services["web"]?.image = nil
        fixture.project.services["web"]?.build = build
        try await Self.up(fixture, configDirectory: directory)
        var expected = Self.auth
        expected.serverAddress = "https://127.0.0.1:5999"
        #expect(await fixture.windows.builds.map(\.options.authConfigs) == [["https://127.0.0.1:5999": expected]])
    }
}
