import ComposeModel
import EngineAPI
import Foundation
import Runner
import Testing

/// Changes a test scripts: the paths it yields, then the end of the stream (which ends `watch`).
private struct ScriptedChanges: FileChanges {
    let stream: AsyncThrowingStream<String, any Error>
    func changes(below roots: [String]) throws(WatchError) -> AsyncThrowingStream<String, any Error> { stream }
}

@Suite struct WatchRunnerTests {
    /// A scratch directory with `a.txt` and `sub/b.txt`, removed by the caller.
    private static func scratch() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mxc-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: true)
        try "a".write(toFile: directory + "/a.txt", atomically: true, encoding: .utf8)
        try "b".write(toFile: directory + "/sub/b.txt", atomically: true, encoding: .utf8)
        return directory
    }

    /// The entry names of a ustar archive (names under 100 bytes).
    private static func names(in archive: [UInt8]) -> [String] {
        var names: [String] = []
        var offset = 0
        while offset + 512 <= archive.count, archive[offset] != 0 {
            let header = archive[offset..<offset + 512]
            names.append(String(decoding: header.prefix(100).prefix { $0 != 0 }, as: UTF8.self))
            let size = Int(String(decoding: header.dropFirst(124).prefix(11), as: UTF8.self), radix: 8) ?? 0
            offset += 512 + (size + 511) / 512 * 512
        }
        return names
    }

    @Test("changes are copied into the service's containers on its daemon (Windows paths below / on the stand-in), deletions removed")
    func syncs() async throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var fixture = Fixture()
        fixture.project.services["web"]?.develop = Service.Develop(watch: [
            Service.Develop.Watch(path: directory, action: "sync", target: #"C:\app"#, ignore: ["*.log"])
        ])
        fixture.project.services["client"]?.develop = Service.Develop(watch: [
            Service.Develop.Watch(path: directory + "/sub", action: "sync+restart", target: "/srv")
        ])
        try await fixture.up()
        let (stream, feed) = AsyncThrowingStream<String, any Error>.makeStream()
        for path in ["/a.txt", "/gone.txt", "/x.log", "/sub/b.txt"] { feed.yield(directory + path) }
        feed.finish()
        var options = WatchOptions()
        options.changes = ScriptedChanges(stream: stream)
        // The end of the scripted events flushes them as one batch, long before this.
        options.quietPeriod = .seconds(60)
        let rules = try await fixture.runner.watchRules(fixture.project, services: [])
        try await fixture.runner.watch(fixture.project, plan: fixture.plan, rules: rules, options: options)

        let web = try #require(await fixture.windows.archives.last { $0.container == "demo-web-1" })
        #expect(web.path == "/" && web.copyUIDGID)
        #expect(Self.names(in: web.archive) == ["app/a.txt", "app/sub/b.txt"])
        #expect(await fixture.windows.probes.map(\.command) == [["rm", "-rf", "/app/gone.txt"]])
        let client = try #require(await fixture.linux.archives.last { $0.container == "demo-client-1" })
        #expect(Self.names(in: client.archive) == ["srv/b.txt"])
        let linuxCalls = await fixture.linux.calls
        #expect(linuxCalls.suffix(2) == ["stop demo-client-1", "start demo-client-1"])
        let statuses = await fixture.sink.statuses
        #expect(statuses.contains("Watch enabled"))
        #expect(statuses.contains("Syncing service \"web\" after 3 changes were detected"))
        #expect(statuses.contains("Syncing service \"client\" after 1 changes were detected"))
        #expect(statuses.contains("service(s) [\"client\"] restarted"))
    }

    @Test("sync+exec syncs, then runs the rule's command once per batch in each running container of the service, with its user and environment")
    func syncExec() async throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var fixture = Fixture()
        let hook = Service.Hook(command: ["touch", "/reloaded"], user: "nobody", environment: ["A": "1", "B": nil])
        fixture.project.services["client"]?.develop = Service.Develop(watch: [
            Service.Develop.Watch(path: directory, action: "sync+exec", target: "/srv", exec: hook)
        ])
        try await fixture.up()
        let (stream, feed) = AsyncThrowingStream<String, any Error>.makeStream()
        feed.yield(directory + "/a.txt")
        feed.yield(directory + "/sub/b.txt")
        feed.finish()
        var options = WatchOptions()
        options.changes = ScriptedChanges(stream: stream)
        // The end of the scripted events flushes them as one batch, long before this.
        options.quietPeriod = .seconds(60)
        let rules = try await fixture.runner.watchRules(fixture.project, services: ["client"])
        try await fixture.runner.watch(fixture.project, plan: fixture.plan, rules: rules, options: options)
        let calls = await fixture.linux.calls
        #expect(calls.suffix(2) == ["archive demo-client-1 /", "exec demo-client-1 touch /reloaded"])
        let request = try #require(await fixture.linux.execs.last)
        #expect(request.user == "nobody" && request.env == ["A=1", "B"])
    }

    @Test("watching services without develop.watch is Compose's error, before anything is touched")
    func nothingToWatch() async throws {
        let fixture = Fixture()
        await #expect(throws: WatchError.nothingToWatch(up: false)) {
            try await fixture.runner.watchRules(fixture.project, services: ["web"])
        }
        await #expect(throws: RunnerError.unknownService("nope")) {
            try await fixture.runner.watchRules(fixture.project, services: ["nope"])
        }
        #expect(await fixture.calls().isEmpty)
    }

    @Test("a sync rule under one of the service's bind mounts is left out with Compose's warning")
    func bindMounted() async throws {
        var fixture = Fixture()
        fixture.project.services["web"]?.develop = Service.Develop(watch: [
            Service.Develop.Watch(path: "/host/src/app", action: "sync", target: "/app")
        ])
        fixture.project.services["web"]?.volumes = [Service.ServiceVolume(type: .bind, source: "/host/src", target: "/src")]
        await #expect(throws: WatchError.nothingToWatch(up: true)) {
            try await fixture.runner.watchRules(fixture.project, services: [], forUp: true)
        }
        #expect(await fixture.sink.warnings == ["path '/host/src/app' also declared by a bind mount volume, this path won't be monitored!"])
    }
}
