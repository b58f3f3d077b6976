import Foundation
import Testing

/// Issue 12: `mixcompose stack deploy|ps|rm` on a real swarm of the testbed's daemons. The only suite that
/// switches the swarm's topology (`scripts/swarm two-node` / `one-node`), so it runs serialized, and on its
/// own in scripts/test, which stops the swarm after it.
@Suite(.serialized, .enabled(if: Testbed.shouldRun)) struct SwarmStackTests {
    static let repository = MixComposeBinary.repository
    static let docker = "/usr/bin/docker"

    @Test("on a two-node swarm a mixed stack runs Windows tasks on the worker and Linux ones on the manager, wave by wave; redeploying changes nothing; rm leaves nothing")
    func twoNodeMixedStack() throws {
        let testbed = try Testbed.require()
        try Self.topology("two-node")
        let project = try TemporaryProject(compose: Self.mixedProject, files: ["token.txt": "s3cret\n", "settings.txt": "key=1\n"])
        let stack = Self.stackName("mixed")
        defer { _ = try? Self.mixcompose(["stack", "rm", stack], in: project.directory, testbed: testbed) }

        let deploy = try Self.mixcompose(["stack", "deploy", "--windows-standin", stack], in: project.directory, testbed: testbed)
        try #require(deploy.status == 0, "\(deploy)")
        let manager = try DaemonInspector(host: testbed.linuxHost)
        let managerNode = try manager.nodeID()
        let workerNode = try DaemonInspector(host: testbed.windowsHost).nodeID()
        try #require(!workerNode.isEmpty && workerNode != managerNode, "the windows daemon is not a node of its own")

        // The last wave is created, not waited for (as `docker stack deploy` does): its task runs shortly after.
        var tasks: [String: [String: Any]] = [:]
        for _ in 0..<120 {
            tasks = Dictionary(try manager.tasks(stack: stack).map { ($0.service, $0.task) }, uniquingKeysWith: { a, _ in a })
            let states = tasks.values.map { ($0["Status"] as? [String: Any])?["State"] as? String ?? "" }
            if states.count == 3 && states.allSatisfy({ $0 == "running" }) { break }
            Thread.sleep(forTimeInterval: 0.5)
        }
        let nodes = tasks.mapValues { $0["NodeID"] as? String ?? "" }
        #expect(nodes == ["\(stack)_db": managerNode, "\(stack)_api": managerNode, "\(stack)_win": workerNode], "\(tasks)")
        // Wave order: each wave's task was created after the previous wave's task reached `running`
        // (db's only once its healthcheck passed).
        func running(_ service: String) -> String {
            DaemonInspector.sortable(((tasks["\(stack)_\(service)"]?["Status"] as? [String: Any])?["Timestamp"] as? String) ?? "")
        }
        func created(_ service: String) -> String { DaemonInspector.sortable(tasks["\(stack)_\(service)"]?["CreatedAt"] as? String ?? "") }
        #expect(running("db") < created("api"), "db running \(running("db")), api created \(created("api"))")
        #expect(running("api") < created("win"), "api running \(running("api")), win created \(created("win"))")

        let versions = try manager.serviceVersions(stack: stack)
        let again = try Self.mixcompose(["stack", "deploy", "--windows-standin", stack], in: project.directory, testbed: testbed)
        #expect(again.status == 0, "\(again)")
        #expect(try manager.serviceVersions(stack: stack) == versions)
        #expect(!again.stdout.contains("Creating") && !again.stdout.contains("Updating"), "\(again)")

        let cli = ProcessRunner.run(Self.docker, ["-H", testbed.linuxHost, "stack", "ps", stack, "--format", "{{.Name}} {{.Node}}"], timeout: 60)
        #expect(cli.status == 0, "\(cli)")
        #expect(Set(cli.stdoutLines.compactMap { $0.split(separator: " ").first.map(String.init) })
            == ["\(stack)_db.1", "\(stack)_api.1", "\(stack)_win.1"], "\(cli)")
        let ps = try Self.mixcompose(["stack", "ps", "--format", "json", stack], in: project.directory, testbed: testbed)
        #expect(ps.status == 0, "\(ps)")
        let rows = TemporaryProject.jsonLines(ps.stdout) ?? []
        #expect(Set(rows.compactMap { ($0["Name"] as? String)?.split(separator: ".").first.map(String.init) })
            == ["\(stack)_db", "\(stack)_api", "\(stack)_win"], "\(ps)")
        #expect(rows.allSatisfy { $0["CurrentState"] as? String ?? "" != "" && $0["DesiredState"] as? String == "Running" }, "\(ps)")

        // A changed service alone is updated.
        try project.write("compose.yaml", Self.mixedProject.replacingOccurrences(of: "sleep 1; done\"]\n    depends_on:\n      db:", with: "sleep 2; done\"]\n    depends_on:\n      db:"))
        let changed = try Self.mixcompose(["stack", "deploy", "--windows-standin", stack], in: project.directory, testbed: testbed)
        #expect(changed.status == 0 && changed.stdout.contains("Updating service \(stack)_api"), "\(changed)")
        var expected = versions
        expected["\(stack)_api"] = nil
        let updated = try manager.serviceVersions(stack: stack)
        #expect(updated.filter { $0.key != "\(stack)_api" } == expected)
        #expect((updated["\(stack)_api"] ?? 0) > (versions["\(stack)_api"] ?? 0))

        try Self.expectRemoved(stack, in: project.directory, testbed: testbed)
    }

    @Test("a dependency whose task fails makes deploy fail within the bound, naming the service and the task error")
    func failingDependency() throws {
        let testbed = try Testbed.require()
        try Self.topology("one-node")
        let project = try TemporaryProject(compose: """
            services:
              migrate:
                image: mixcompose-testbed/busybox:latest
                command: ["sh", "-c", "exit 1"]
                deploy:
                  restart_policy: {condition: none}
              app:
                image: mixcompose-testbed/busybox:latest
                command: ["sleep", "3600"]
                depends_on:
                  # Not service_started: the failing task may be seen `running` for an instant, which satisfies it.
                  migrate: {condition: service_completed_successfully}
            """)
        let stack = Self.stackName("fail")
        defer { _ = try? Self.mixcompose(["stack", "rm", stack], in: project.directory, testbed: testbed) }
        let started = Date()
        let deploy = try Self.mixcompose(["stack", "deploy", "--wait-timeout", "60", stack], in: project.directory, testbed: testbed)
        #expect(deploy.status != 0, "\(deploy)")
        #expect(Date().timeIntervalSince(started) < 90, "deploy took \(Date().timeIntervalSince(started)) s")
        #expect(deploy.stderr.contains("\(stack)_app") && deploy.stderr.contains("\(stack)_migrate"), "\(deploy)")
        #expect(deploy.stderr.contains("non-zero exit (1)"), "\(deploy)")
        #expect(try DaemonInspector(host: testbed.linuxHost).serviceVersions(stack: stack).keys.sorted() == ["\(stack)_migrate"])
        try Self.expectRemoved(stack, in: project.directory, testbed: testbed)
    }

    @Test("on a one-node swarm without the routing mesh the nginx-aspnet sample serves its page on the published port; rm leaves nothing")
    func sampleOnOneNode() throws {
        let testbed = try Testbed.require()
        try Self.topology("one-node")
        let stack = Self.stackName("sample")
        let files = ["-f", "samples/nginx-aspnet/compose.yaml", "-f", "samples/nginx-aspnet/compose.testbed.yaml"]
        let directory = Self.repository
        try SamplePortLock.holding {
            defer { _ = try? Self.mixcompose(["stack", "rm", stack], in: directory, testbed: testbed) }
            let deploy = try Self.mixcompose(
                files + ["stack", "deploy", "--windows-standin", "--no-routing-mesh", stack], in: directory, testbed: testbed)
            try #require(deploy.status == 0, "\(deploy)")
            let page = NginxAspnetSampleTests.fetch("http://127.0.0.1:8080/")
            #expect(page.contains("Hello from the Windows-role backend"), "proxy answered: \(page)")
            // The environment's stand-in switch, as `up` reads it, gives the same specs: nothing is updated.
            let again = try Self.mixcompose(
                files + ["stack", "deploy", "--no-routing-mesh", stack], in: directory, testbed: testbed,
                environment: ["MIXCOMPOSE_WINDOWS_STANDIN": "1"])
            #expect(again.status == 0 && !again.stdout.contains("Updating") && !again.stdout.contains("Creating"), "\(again)")
            try Self.expectRemoved(stack, in: directory, testbed: testbed)
        }
    }

    @Test("conversion errors stop deploy before anything is created, printed as validate prints them")
    func conversionErrors() throws {
        let testbed = try Testbed.require()
        let project = try TemporaryProject(
            compose: """
                services:
                  app:
                    build: .
                    command: ["true"]
                """, files: ["Dockerfile": "FROM mixcompose-testbed/busybox:latest\n"])
        let stack = Self.stackName("invalid")
        let deploy = try Self.mixcompose(["stack", "deploy", stack], in: project.directory, testbed: testbed)
        #expect(deploy.status == 1, "\(deploy)")
        #expect(deploy.stderr.contains("compose.yaml:3:5: error:") && deploy.stderr.contains("[MXC701]"), "\(deploy)")
        #expect(!deploy.stdout.contains("Creating"), "\(deploy)")
        for endpoint in ["/services", "/networks"] {
            #expect(try DaemonInspector(host: testbed.linuxHost).objects(endpoint, stack: stack).isEmpty)
        }
    }

    @Test("a daemon that is not a swarm manager is refused by name, and nothing is created on it")
    func notAManager() throws {
        let testbed = try Testbed.require()
        // In the one-node topology the windows-role daemon is in no swarm.
        try Self.topology("one-node")
        let project = try TemporaryProject(compose: "services:\n  app:\n    image: mixcompose-testbed/busybox:latest\n")
        let stack = Self.stackName("nomanager")
        let deploy = try Self.mixcompose(["stack", "deploy", "--manager", testbed.windowsHost, stack], in: project.directory, testbed: testbed)
        #expect(deploy.status == 1, "\(deploy)")
        #expect(deploy.stderr.contains("\(testbed.windowsHost) is not a swarm manager (swarm state: inactive)"), "\(deploy)")
        #expect(try DaemonInspector(host: testbed.windowsHost).objects("/networks", stack: stack).isEmpty)
        let ps = try Self.mixcompose(["stack", "ps", stack], in: project.directory, testbed: testbed)
        #expect(ps.status == 1 && ps.stderr.contains("nothing found in stack: \(stack)"), "\(ps)")
    }
}
