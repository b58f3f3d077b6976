import ComposeModel
import Planner
import Runner
import Testing

@Suite(.enabled(if: LiveDaemons.isEnabled, "needs the testbed daemons"), .serialized)
struct LiveRunnerTests {
    @Test("a linux client reaches a web server on the windows-role daemon by the injected address and hosts entry")
    func crossDaemonReach() async throws {
        let name = LiveDaemons.uniqueProject("reach")
        var backend = LiveDaemons.service(
            "backend", "mkdir -p /www && echo hello-from-backend > /www/index.html && exec httpd -f -p 80 -h /www")
        backend.platform = "windows/amd64"
        var client = LiveDaemons.service(
            "client", "wget -q -O - http://$BACKEND_HOST/ && wget -q -O - http://backend/ && echo reached")
        client.dependsOn = ["backend": Service.Dependency()]
        var check = LiveDaemons.service("check", "true")
        check.dependsOn = ["client": Service.Dependency(condition: .completedSuccessfully)]
        let (project, plan) = try LiveDaemons.project(name, [backend, client, check])
        #expect(plan.service(named: "backend")?.role == .windows)
        #expect(plan.service(named: "client")?.createAfterStarted == ["backend"])
        try await LiveDaemons.with(project: name) { runner, sink in
            try await runner.up(project, plan: plan, options: UpOptions())
            let rows = try await runner.ps(projectName: name, all: true)
            #expect(Set(rows.map(\.daemon)) == ["linux", "windows"])
            try await runner.logs(projectName: name, options: { var o = LogsOptions(); o.services = ["client"]; return o }())
            let lines = await sink.lines
            #expect(lines.filter { $0 == "client | hello-from-backend" }.count == 2)
            #expect(lines.contains("client | reached"))
        }
    }

    @Test("a second up keeps every container; down removes them from both daemons")
    func idempotentReUpThenDown() async throws {
        let name = LiveDaemons.uniqueProject("again")
        var web = LiveDaemons.service("web", "exec httpd -f -p 80 -h /")
        web.platform = "windows/amd64"
        var app = LiveDaemons.service("app", "exec sleep 600")
        app.dependsOn = ["web": Service.Dependency()]
        let (project, plan) = try LiveDaemons.project(name, [web, app])
        try await LiveDaemons.with(project: name) { runner, _ in
            try await runner.up(project, plan: plan, options: UpOptions())
            let first = try await runner.ps(projectName: name).map(\.record.id).sorted()
            #expect(first.count == 2)
            try await runner.up(project, plan: plan, options: UpOptions())
            #expect(try await runner.ps(projectName: name).map(\.record.id).sorted() == first)
            try await runner.down(projectName: name, project: project, options: DownOptions())
            #expect(try await runner.ps(projectName: name, all: true).isEmpty)
        }
    }

    @Test("service_healthy waits for the healthcheck to pass before the dependent is created")
    func healthyCondition() async throws {
        let name = LiveDaemons.uniqueProject("healthy")
        var db = LiveDaemons.service("db", "sleep 1; touch /tmp/ready; exec sleep 600")
        db.healthcheck = Service.Healthcheck()
        db.healthcheck?.test = ["CMD-SHELL", "test -f /tmp/ready"]
        db.healthcheck?.interval = "500ms"
        db.healthcheck?.retries = 20
        var api = LiveDaemons.service("api", "exec sleep 600")
        api.dependsOn = ["db": Service.Dependency(condition: .healthy)]
        let (project, plan) = try LiveDaemons.project(name, [db, api])
        try await LiveDaemons.with(project: name) { runner, _ in
            try await runner.up(project, plan: plan, options: UpOptions())
            let rows = try await runner.ps(projectName: name)
            #expect(rows.first { $0.service == "db" }?.record.health == "healthy")
            #expect(rows.contains { $0.service == "api" })
        }
    }

    @Test("a dependency that exits non-zero fails up, naming it with its log tail")
    func exitingDependencyFails() async throws {
        let name = LiveDaemons.uniqueProject("exits")
        let migrate = LiveDaemons.service("migrate", "echo migration-failed; exit 3")
        var app = LiveDaemons.service("app", "exec sleep 600")
        app.dependsOn = ["migrate": Service.Dependency(condition: .completedSuccessfully)]
        let (project, plan) = try LiveDaemons.project(name, [migrate, app])
        try await LiveDaemons.with(project: name) { runner, _ in
            let error = await #expect(throws: RunnerError.self) {
                try await runner.up(project, plan: plan, options: UpOptions())
            }
            let message = try #require(error).description
            #expect(message.contains("\(name)-migrate-1"))
            #expect(message.contains("exit 3"))
            #expect(message.contains("migration-failed"))
            #expect(try await runner.ps(projectName: name).isEmpty)
        }
    }

    @Test("down keeps named volumes; down -v removes them")
    func downVolumes() async throws {
        let name = LiveDaemons.uniqueProject("volumes")
        var store = LiveDaemons.service("store", "exec sleep 600")
        store.volumes = [Service.ServiceVolume(type: .volume, source: "data", target: "/data")]
        var (project, plan) = try LiveDaemons.project(name, [store])
        project.volumes["data"] = Volume(key: "data", name: "\(name)_data")
        plan = Planner.plan(PlanInput(project: project))
        try await LiveDaemons.with(project: name) { runner, sink in
            try await runner.up(project, plan: plan, options: UpOptions())
            try await runner.down(projectName: name, project: project, options: DownOptions())
            #expect(await !sink.events.contains { $0.kind == .volume && $0.status == "Removed" })
            try await runner.up(project, plan: plan, options: UpOptions())
            #expect(await sink.events.filter { $0.kind == .volume && $0.status == "Created" }.count == 1)
            var options = DownOptions()
            options.volumes = true
            try await runner.down(projectName: name, project: project, options: options)
            #expect(await sink.events.contains { $0.kind == .volume && $0.name == "\(name)_data" && $0.status == "Removed" })
        }
    }
}
