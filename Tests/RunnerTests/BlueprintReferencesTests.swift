import ComposeModel
import EngineAPI
import Planner
import Testing

@testable import Runner

@Suite struct BlueprintReferencesTests {
    let linux = Daemon(role: .linux, engine: FakeEngine(subnet: "10.1"), facts: DaemonFacts(os: .linux), address: "fake")

    func context(_ services: [Service], referenced: [String: [ContainerRecord]] = [:]) -> BlueprintContext {
        var project = Project(name: "demo", workingDirectory: "/srv/demo")
        for service in services { project.services[service.name] = service }
        var context = BlueprintContext(project: project, daemon: linux)
        context.referenced = referenced
        return context
    }

    func hostConfig(of service: Service, _ others: [Service] = [], referenced: [String: [ContainerRecord]] = [:]) throws -> HostConfig {
        let context = context([service] + others, referenced: referenced)
        return try #require(BlueprintBuilder.blueprint(for: service, in: context).request.hostConfig)
    }

    @Test("service: namespaces become container:<id> of the target's first container, as Compose resolves them")
    func namespacesByID() throws {
        var app = Service(name: "app")
        app.ipc = "service:db"
        app.pid = "service:db"
        app.networkMode = "service:proxy"
        let referenced = [
            "db": [ContainerRecord(id: "c0ffee", name: "demo-db-1"), ContainerRecord(id: "beef", name: "demo-db-2")],
            "proxy": [ContainerRecord(id: "abc123", name: "edge")],
        ]
        let host = try hostConfig(of: app, referenced: referenced)
        #expect(host.ipcMode == "container:c0ffee")
        #expect(host.pidMode == "container:c0ffee")
        #expect(host.networkMode == "container:abc123")
        #expect(try BlueprintBuilder.blueprint(for: app, in: context([app], referenced: referenced)).request.networkingConfig == nil)
    }

    @Test("without a known container a reference names the target's container_name, else replica 1")
    func namespacesByName() throws {
        var app = Service(name: "app")
        app.networkMode = "service:proxy"
        app.ipc = "service:db"
        app.pid = "host"
        var proxy = Service(name: "proxy")
        proxy.containerName = "edge"
        let host = try hostConfig(of: app, [proxy, Service(name: "db")])
        #expect(host.networkMode == "container:edge")
        #expect(host.ipcMode == "container:demo-db-1")
        #expect(host.pidMode == "host")
    }

    @Test("volumes_from keeps :ro, drops :rw, and takes container: names as written")
    func volumesFrom() throws {
        var app = Service(name: "app")
        app.volumesFrom = ["db:ro", "cache:rw", "logs", "container:outside:ro", "container:other"]
        let referenced = ["db": [ContainerRecord(id: "d1", name: "demo-db-1")], "cache": [ContainerRecord(id: "c1", name: "demo-cache-1")]]
        let host = try hostConfig(of: app, [Service(name: "logs")], referenced: referenced)
        #expect(host.volumesFrom == ["d1:ro", "c1", "demo-logs-1", "outside:ro", "other"])
    }

    @Test("links name every container of the linked service three times, then external links, on the host and the endpoint")
    func links() throws {
        var app = Service(name: "app")
        app.links = ["db:sql", "cache"]
        app.externalLinks = ["outside:outer", "plain"]
        let referenced = [
            "db": [ContainerRecord(id: "d1", name: "demo-db-1"), ContainerRecord(id: "d2", name: "demo-db-2")],
            "cache": [ContainerRecord(id: "c1", name: "store")],
        ]
        var context = context([app], referenced: referenced)
        context.project.networks["default"] = Network(key: "default", name: "demo_default")
        context.number = 2
        let request = try BlueprintBuilder.blueprint(for: app, in: context).request
        let expected = [
            "demo-db-1:sql", "demo-db-1:db-2", "demo-db-1:demo-db-2",
            "demo-db-2:sql", "demo-db-2:db-2", "demo-db-2:demo-db-2",
            "store:cache", "store:cache-2", "store:demo-cache-2",
            "outside:outer", "plain:plain",
        ]
        #expect(request.hostConfig?.links == expected)
        #expect(request.networkingConfig?.endpointsConfig["demo_default"]?.links == expected)
    }

    @Test("a recreated target changes the dependent's hash, so the dependent is recreated too")
    func hashFollowsTarget() throws {
        var app = Service(name: "app")
        app.networkMode = "service:db"
        let before = try BlueprintBuilder.blueprint(for: app, in: context([app], referenced: ["db": [ContainerRecord(id: "a", name: "demo-db-1")]]))
        let after = try BlueprintBuilder.blueprint(for: app, in: context([app], referenced: ["db": [ContainerRecord(id: "b", name: "demo-db-1")]]))
        #expect(before.hash != after.hash)
    }

    @Test("services a container names are created only after they started")
    func createNeeds() {
        var app = Service(name: "app")
        app.links = ["db:sql"]
        app.volumesFrom = ["store:ro", "container:outside"]
        app.ipc = "service:db"
        app.networkMode = "service:proxy"
        #expect(UpNeeds.referenced(by: app) == ["db", "proxy", "store"])
        var project = Project(name: "demo", workingDirectory: "/srv/demo")
        project.services["app"] = app
        let plan = Plan(
            projectName: "demo",
            services: [PlannedService(name: "app", role: .linux, os: .linux, reason: "", createAfterStarted: ["peer"])],
            waves: [], edges: [], diagnostics: Diagnostics())
        let needs = UpNeeds.beforeCreate(plan, project: project, needs: ["app": []])
        #expect(needs["app"] == ["peer", "db", "proxy", "store"].map { Need($0, .started) })
    }
}
