import ComposeModel
import EngineAPI
import Planner
import Runner
import Synchronization
import Testing

@Suite struct RunTests {
    /// The fixture with `client` publishing a port, so the one-off's lack of one shows.
    static func fixture() -> Fixture {
        var fixture = Fixture()
        fixture.project.services["client"]?.ports = [Service.Port(target: 80, published: "18080")]
        fixture.project.services["client"]?.restart = "always"
        return fixture
    }

    @Test("run brings up the cross-daemon dependency first, creates the one-off on its own daemon with the peer's address, one-off labels, no ports or aliases, attaches before it starts, and returns its exit code")
    func oneOffAfterDependency() async throws {
        let fixture = Self.fixture()
        var options = RunOptions(service: "client")
        options.command = ["env"]
        options.name = "one"
        options.environment = ["EXTRA": "1"]
        await fixture.linux.set(exitOnStart: "one", code: 3)
        let code = try await fixture.runner.run(fixture.project, plan: fixture.plan, options: options, io: ExecIO(input: nil, output: { _ in }))
        #expect(code == 3)
        #expect(await fixture.windows.calls.contains("start demo-web-1"))
        let linuxCalls = await fixture.linux.calls
        let attach = try #require(linuxCalls.firstIndex(of: "attach one"))
        let start = try #require(linuxCalls.firstIndex(of: "start one"))
        #expect(attach < start)
        #expect(!linuxCalls.contains { $0.contains("demo-client-1") }, "the service's own container was touched: \(linuxCalls)")
        let request = try #require(await fixture.linux.container(named: "one")?.request)
        let labels = request.labels ?? [:]
        #expect(labels["com.docker.compose.oneoff"] == "True" && labels["com.docker.compose.container-number"] == nil)
        #expect(labels["com.docker.compose.slug"]?.count == 64)
        let webIP = try #require(await fixture.windows.container(named: "demo-web-1")?.record.addresses.values.first)
        #expect(request.env?.contains("WEB_HOST=\(webIP)") == true && request.env?.contains("EXTRA=1") == true)
        #expect(request.cmd == ["env"] && request.openStdin == true && request.stdinOnce == true)
        #expect((request.hostConfig?.portBindings ?? [:]).isEmpty && request.hostConfig?.restartPolicy == nil)
        #expect(request.networkingConfig?.endpointsConfig.values.allSatisfy { $0.aliases == nil } == true)
    }

    @Test("run --rm removes the one-off after it ended; -d starts it, hands out its ID and leaves it")
    func removeAndDetach() async throws {
        let fixture = Self.fixture()
        var removed = RunOptions(service: "db")
        removed.remove = true
        removed.name = "gone"
        await fixture.linux.set(exitOnStart: "gone", code: 0)
        _ = try await fixture.runner.run(fixture.project, plan: fixture.plan, options: removed, io: ExecIO(input: nil, output: { _ in }))
        #expect(await fixture.linux.calls.contains("remove gone"))
        #expect(await fixture.linux.container(named: "gone") == nil)
        var detached = RunOptions(service: "db")
        detached.detach = true
        let printed = Mutex<String?>(nil)
        let code = try await fixture.runner.run(fixture.project, plan: fixture.plan, options: detached, io: ExecIO(input: nil, output: { _ in })) { id in
            printed.withLock { $0 = id }
        }
        #expect(code == 0)
        let oneOff = try #require(await fixture.linux.containers.values.first { $0.record.name.hasPrefix("demo-db-run-") })
        #expect(printed.withLock { $0 } == oneOff.record.id)
        #expect(oneOff.record.name.count == "demo-db-run-".count + 12 && oneOff.record.isRunning)
        #expect(!(await fixture.linux.calls.contains("attach \(oneOff.record.name)")))
    }

    @Test("run --no-deps brings nothing up and takes running peers' addresses; --entrypoint alone clears the command; --service-ports and --use-aliases keep ports and aliases")
    func serviceOverrides() async throws {
        var fixture = Self.fixture()
        var options = RunOptions(service: "client")
        options.entrypoint = ["sh", "-c"]
        options.servicePorts = true
        options.useAliases = true
        options.up.noDeps = true
        options.name = "kept"
        fixture.project.services["client"]?.command = ["serve"]
        var alone = options
        alone.name = "alone"
        await fixture.linux.set(exitOnStart: "alone", code: 0)
        await fixture.linux.set(exitOnStart: "kept", code: 0)
        // --no-deps: web is not running, so client is not given its address, and nothing starts it.
        _ = try await fixture.runner.run(fixture.project, plan: fixture.plan, options: alone, io: ExecIO(input: nil, output: { _ in }))
        #expect(await fixture.windows.calls.isEmpty)
        #expect(await !(fixture.linux.container(named: "alone")?.request.env ?? []).contains { $0.hasPrefix("WEB_HOST=") })
        #expect(await fixture.sink.warnings.contains("service client is not given the address of web, which is not running"))
        try await fixture.up { $0.services = ["web"] }
        _ = try await fixture.runner.run(fixture.project, plan: fixture.plan, options: options, io: ExecIO(input: nil, output: { _ in }))
        let request = try #require(await fixture.linux.container(named: "kept")?.request)
        #expect(request.entrypoint == ["sh", "-c"] && request.cmd == [])
        // --no-deps takes the address of the peer as it runs.
        let webIP = try #require(await fixture.windows.container(named: "demo-web-1")?.record.addresses.values.first)
        #expect(request.env?.contains("WEB_HOST=\(webIP)") == true, "\(request.env ?? [])")
        #expect(await fixture.linux.container(named: "demo-client-1") == nil)
        #expect(request.hostConfig?.portBindings?["80/tcp"] != nil)
        #expect(request.networkingConfig?.endpointsConfig.values.first?.aliases?.contains("client") == true)
    }

    @Test("create creates every container on its daemon and starts none; a peer on the other daemon has no address yet, which is a warning")
    func createOnly() async throws {
        let fixture = Fixture()
        try await fixture.up { $0.noStart = true }
        let calls = await fixture.linux.calls + fixture.windows.calls
        #expect(!calls.contains { $0.hasPrefix("start ") }, "\(calls)")
        #expect(await fixture.linux.container(named: "demo-api-1") != nil)
        #expect(await fixture.windows.container(named: "demo-web-1") != nil)
        let client = try #require(await fixture.linux.container(named: "demo-client-1")?.request)
        #expect(!(client.env ?? []).contains { $0.hasPrefix("WEB_HOST=") })
        #expect(await fixture.sink.warnings.contains("service client is not given the address of web, which has none until it starts"))
    }
}
