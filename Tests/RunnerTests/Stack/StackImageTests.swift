import EngineAPI
import Foundation
import Planner
import Testing

@testable import Runner

/// `stack deploy`'s `--resolve-image`, `--with-registry-auth` and `--prune`, against the fake manager.
@Suite struct StackImageTests {
    static let digest = "sha256:" + String(repeating: "a", count: 64)
    static let newer = "sha256:" + String(repeating: "b", count: 64)

    func deployer(_ manager: FakeSwarmManager, _ resolution: StackImagePolicy.Resolution, auth: Bool = false, prune: Bool = false) -> StackRunner {
        var runner = StackRunner(manager: manager, endpoint: "unix:///fake.sock", waitTimeout: .seconds(5), pollInterval: .milliseconds(5)) { _ in }
        runner.images = StackImagePolicy(resolution: resolution)
        if auth { runner.images.registryAuth = { @Sendable image in "auth-for-\(image)" } }
        runner.prune = prune
        return runner
    }

    /// The image and platforms the fake received for `service`.
    func sent(_ manager: FakeSwarmManager, _ service: String) async throws -> (image: String?, platforms: [[String: String]]?) {
        let spec = try FakeSwarmManager.parse(try #require(await manager.specs[service]))
        let template = spec["TaskTemplate"] as? [String: Any]
        let image = (template?["ContainerSpec"] as? [String: Any])?["Image"] as? String
        return (image, (template?["Placement"] as? [String: Any])?["Platforms"] as? [[String: String]])
    }

    @Test("resolve-image always pins each image to the registry's digest and places its tasks on the image's platforms; the same digest again updates nothing, a new one updates")
    func always() async throws {
        let manager = FakeSwarmManager()
        let platforms = [DistributionInspect.Platform(architecture: "amd64", os: "linux")]
        await manager.set { $0.registry["busybox"] = DistributionInspect(digest: Self.digest, platforms: platforms) }
        try await deployer(manager, .always).deploy(StackFixture.stack())
        let web = try await sent(manager, "demo_web")
        #expect(web.image == "busybox@\(Self.digest)")
        #expect(web.platforms == [["Architecture": "amd64", "OS": "linux"]])
        await manager.set { $0.calls = [] }
        try await deployer(manager, .always).deploy(StackFixture.stack())
        #expect(await manager.calls.filter { $0 != "tasks" } == ["query busybox", "query busybox", "query busybox"])
        await manager.set { $0.registry["busybox"] = DistributionInspect(digest: Self.newer, platforms: platforms) }
        try await deployer(manager, .always).deploy(StackFixture.stack())
        #expect(await manager.calls.filter { $0.hasPrefix("update") }.sorted() == [
            "update service demo_cache", "update service demo_db", "update service demo_web",
        ])
        #expect(try await sent(manager, "demo_web").image == "busybox@\(Self.newer)")
    }

    @Test("resolve-image changed asks the registry for created services and changed images only; an unchanged image keeps its pinned digest")
    func changed() async throws {
        let manager = FakeSwarmManager()
        await manager.set {
            $0.registry["busybox"] = DistributionInspect(digest: Self.digest, platforms: [])
            $0.registry["busybox:2"] = DistributionInspect(digest: Self.newer, platforms: [])
        }
        try await deployer(manager, .changed).deploy(StackFixture.stack())
        await manager.set { $0.calls = [] }
        try await deployer(manager, .changed).deploy(StackFixture.stack(webImage: "busybox:2"))
        #expect(await manager.calls.filter { $0 != "tasks" } == ["query busybox:2", "update service demo_web"])
        #expect(try await sent(manager, "demo_web").image == "busybox:2@\(Self.newer)")
        #expect(try await sent(manager, "demo_db").image == "busybox@\(Self.digest)")
    }

    @Test("resolve-image never asks no registry: an unchanged image keeps the digest and platforms an earlier deploy pinned, so nothing is updated; a changed one runs by its tag")
    func never() async throws {
        let manager = FakeSwarmManager()
        let platforms = [DistributionInspect.Platform(architecture: "amd64", os: "windows")]
        await manager.set { $0.registry["busybox"] = DistributionInspect(digest: Self.digest, platforms: platforms) }
        try await deployer(manager, .always).deploy(StackFixture.stack())
        await manager.set { $0.calls = [] }
        try await deployer(manager, .never).deploy(StackFixture.stack())
        #expect(await manager.calls.filter { $0 != "tasks" } == [])
        try await deployer(manager, .never).deploy(StackFixture.stack(webImage: "busybox:3"))
        #expect(await manager.calls.filter { $0 != "tasks" } == ["update service demo_web"])
        #expect(try await sent(manager, "demo_web").image == "busybox:3")
        #expect(try await sent(manager, "demo_web").platforms == nil)
        #expect(try await sent(manager, "demo_db").platforms == [["Architecture": "amd64", "OS": "windows"]])
    }

    @Test("an image no registry answers for is deployed by its tag, with the CLI's warning")
    func unresolvable() async throws {
        let manager = FakeSwarmManager()
        let warnings = Warnings()
        var runner = deployer(manager, .always)
        runner.warn = { await warnings.add($0) }
        try await runner.deploy(StackFixture.stack())
        #expect(try await sent(manager, "demo_web").image == "busybox")
        let said = await warnings.lines
        #expect(said.count == 3)
        #expect(said.first?.hasPrefix("image busybox could not be accessed on a registry to record\nits digest.") == true, "\(said)")
    }

    @Test("with registry auth, each service create, update and registry query carries the credentials of the image's registry; without, none")
    func registryAuth() async throws {
        let manager = FakeSwarmManager()
        await manager.set { $0.registry["busybox"] = DistributionInspect(digest: Self.digest, platforms: []) }
        try await deployer(manager, .always, auth: true).deploy(StackFixture.stack())
        try await deployer(manager, .never, auth: true).deploy(StackFixture.stack(webImage: "busybox:2"))
        let auths = await manager.auths
        #expect(auths.contains("query busybox: auth-for-busybox"))
        #expect(auths.contains("create demo_web: auth-for-busybox"))
        #expect(auths.contains("update demo_web: auth-for-busybox:2"))
        let plain = FakeSwarmManager()
        try await deployer(plain, .never).deploy(StackFixture.stack())
        let plainAuths = await plain.auths
        #expect(!plainAuths.isEmpty && plainAuths.allSatisfy { $0.hasSuffix(": none") }, "\(plainAuths)")
    }

    @Test("prune removes the stack's services the file no longer has and leaves its networks; without it they stay")
    func prune() async throws {
        let manager = FakeSwarmManager()
        try await deployer(manager, .never).deploy(StackFixture.stack())
        var smaller = StackFixture.stack()
        smaller.services.removeAll { $0.service == "cache" }
        smaller.services = smaller.services.map { var service = $0; service.dependencies.removeAll { $0.service == "cache" }; return service }
        await manager.set { $0.calls = [] }
        try await deployer(manager, .never).deploy(smaller)
        #expect(await manager.serviceList.map(\.spec.name).sorted() == ["demo_cache", "demo_db", "demo_web"])
        try await deployer(manager, .never, prune: true).deploy(smaller)
        #expect(await manager.calls.filter { $0 != "tasks" } == ["remove service demo_cache"])
        #expect(await manager.serviceList.map(\.spec.name).sorted() == ["demo_db", "demo_web"])
        #expect(await manager.networkList.map(\.name) == ["demo_default"])
    }

    @Test("an image's platforms become a placement as the CLI makes it: attestations out, arm without architecture, each pair once")
    func platforms() {
        let offered: [DistributionInspect.Platform] = [
            .init(architecture: "amd64", os: "linux"), .init(architecture: "unknown", os: "unknown"),
            .init(architecture: "arm", os: "linux", variant: "v7"), .init(architecture: "arm", os: "linux", variant: "v6"),
            .init(architecture: "amd64", os: "windows"), .init(architecture: "amd64", os: "linux", variant: "v3"),
        ]
        #expect(StackRunner.platforms(offered).map { $0.rendered() } == [
            JSONValue.object([("Architecture", .string("amd64")), ("OS", .string("linux"))]).rendered(),
            JSONValue.object([("OS", .string("linux"))]).rendered(),
            JSONValue.object([("Architecture", .string("amd64")), ("OS", .string("windows"))]).rendered(),
        ])
    }
}

/// Collects warnings a runner gives.
actor Warnings {
    var lines: [String] = []
    func add(_ line: String) { lines.append(line) }
}
