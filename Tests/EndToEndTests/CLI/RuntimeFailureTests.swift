import Foundation
import Testing

/// How `up` fails: a dependency that exits non-zero, and a daemon that cannot be reached.
@Suite(.enabled(if: Testbed.shouldRun)) struct RuntimeFailureTests {
    @Test("up exits 1 naming the service when a service_completed_successfully dependency exits 1")
    func failedDependency() throws {
        try RuntimeProject.with("""
            services:
              migrate:
                image: \(Testbed.busyboxImage)
                command: ["sh", "-c", "echo migration failed; exit 1"]
              app:
                image: \(Testbed.busyboxImage)
                init: true
                command: ["sleep", "3600"]
                depends_on:
                  migrate:
                    condition: service_completed_successfully
            """) { project in
            let up = try project.run(["up", "-d"])
            #expect(up.status == 1, "\(up)")
            #expect(up.stderr.contains("migrate"), "\(up)")
            let app = try project.linux.containers(project: project.name).filter {
                ($0["Labels"] as? [String: String])?["com.docker.compose.service"] == "app"
            }
            #expect(app.allSatisfy { $0["State"] as? String != "running" }, "app started despite the failed dependency: \(app)")
        }
    }

    @Test("an unreachable daemon makes up exit 1 with a clear message and creates nothing on the other daemon")
    func unreachableDaemon() throws {
        try RuntimeProject.with(RuntimeCommandTests.pair) { project in
            let missing = "unix:///nonexistent.sock"
            let up = try project.run(["--linux-host", missing, "up", "-d"], timeout: 90)
            #expect(up.status == 1, "\(up)")
            #expect(up.stderr.contains("nonexistent.sock"), "\(up)")
            #expect(!up.stderr.contains("Fatal error"), "\(up)")
            #expect(try project.windows.containers(project: project.name).isEmpty)
            #expect(try project.windows.networks(project: project.name).isEmpty)
        }
    }

    @Test("a daemon flag overrides the environment: a wrong environment host is not used")
    func flagOverridesEnvironment() throws {
        try RuntimeProject.with(RuntimeCommandTests.pair) { project in
            let up = try project.run(
                ["--linux-host", project.testbed.linuxHost, "up", "-d"], extra: ["MIXCOMPOSE_LINUX_HOST": "unix:///nonexistent.sock"])
            #expect(up.status == 0, "\(up)")
            #expect(try project.linux.containerIDs(project: project.name).keys.sorted() == ["app"])
        }
    }

    @Test("up --pull never names every missing image in one error and creates nothing")
    func everyMissingImageNamed() throws {
        try RuntimeProject.with("""
            services:
              a:
                image: mxc-fuzz-absent-a:1
              b:
                image: mxc-fuzz-absent-b:1
            """) { project in
            let up = try project.run(["up", "-d", "--pull", "never"], timeout: 90)
            #expect(up.status == 1, "\(up)")
            #expect(up.stderr.contains("2 images are missing"), "\(up)")
            #expect(up.stderr.contains("mxc-fuzz-absent-a:1") && up.stderr.contains("mxc-fuzz-absent-b:1"), "\(up)")
            #expect(try project.linux.containers(project: project.name).isEmpty)
        }
    }
}
