import Foundation
import Testing

/// Ctrl-C, sent as a real SIGINT to a running `mixcompose`: attached `up` stops the project and
/// exits 130 as Docker Compose does; an interrupted `up -d` leaves only labelled resources, so
/// `down` removes everything and a second `up -d` converges.
@Suite(.enabled(if: Testbed.shouldRun), .serialized) struct InterruptTests {
    /// A Windows-role and a Linux-role service, each printing a line every half second.
    static let chatty = """
        services:
          ticker:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            init: true
            command: [sh, -c, 'i=0; while true; do echo tick-$$i; i=$$((i+1)); sleep 0.5; done']
          tocker:
            image: \(Testbed.busyboxImage)
            init: true
            command: [sh, -c, 'i=0; while true; do echo tock-$$i; i=$$((i+1)); sleep 0.5; done']
        """

    /// `slow` turns healthy about 5 s after it starts; the others wait for that on both daemons.
    static let slow = """
        services:
          slow:
            image: \(Testbed.busyboxImage)
            init: true
            command: [sh, -c, 'sleep 5; touch /tmp/ready; exec sleep 3600']
            healthcheck:
              test: [CMD, test, -f, /tmp/ready]
              interval: 1s
              retries: 30
          web:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            init: true
            command: [sleep, '3600']
            depends_on:
              slow:
                condition: service_healthy
          worker:
            image: \(Testbed.busyboxImage)
            init: true
            command: [sleep, '3600']
            depends_on:
              slow:
                condition: service_healthy
        """

    @Test("Ctrl-C during attached up stops (not removes) the containers on both daemons and exits 130")
    func attachedUp() throws {
        try RuntimeProject.with(Self.chatty) { project in
            let up = try BackgroundCommand(project, ["up"])
            defer { up.kill() }
            let prefixes = ["ticker-1  | ", "tocker-1  | "]
            let shown = up.waitForOutput(timeout: 60) { output in
                prefixes.allSatisfy { prefix in output.stdout.split(separator: "\n").contains { $0.hasPrefix(prefix) } }
            }
            try #require(shown, "no prefixed lines from both services: \(up.result())")
            up.interrupt()
            let result = up.finish(timeout: 30)
            #expect(!result.timedOut && result.status == 130, "\(result)")
            #expect(result.stderr.contains("Gracefully stopping..."), "\(result)")
            let containers = try project.linux.containers(project: project.name) + project.windows.containers(project: project.name)
            #expect(containers.count == 2, "\(containers)")
            #expect(containers.allSatisfy { $0["State"] as? String == "exited" }, "\(containers.map { $0["State"] ?? "?" })")
            let down = try project.run(["down", "-t", "2"])
            #expect(down.status == 0, "\(down)")
            #expect(try project.leftovers().isEmpty)
        }
    }

    @Test("Ctrl-C during attached up with every service attach: false stops the project and exits 130")
    func attachedUpWithNothingAttached() throws {
        let quiet = Self.chatty.replacingOccurrences(of: "    init: true\n", with: "    init: true\n    attach: false\n")
        try #require(quiet.components(separatedBy: "attach: false").count == 3)
        try RuntimeProject.with(quiet, prefix: "mxc-robust-quiet") { project in
            let up = try BackgroundCommand(project, ["up"])
            defer { up.kill() }
            let started = up.waitForOutput(timeout: 60) { output in
                ["ticker-1 (windows)  Started", "tocker-1 (linux)  Started"].allSatisfy { output.stderr.contains("\(project.name)-\($0)") }
            }
            try #require(started, "the services never started: \(up.result())")
            up.interrupt()
            let result = up.finish(timeout: 30)
            #expect(!result.timedOut && result.status == 130, "\(result)")
            #expect(!result.stdout.contains("tick-") && !result.stdout.contains("tock-"), "\(result)")
            let containers = try project.linux.containers(project: project.name) + project.windows.containers(project: project.name)
            #expect(containers.count == 2 && containers.allSatisfy { $0["State"] as? String == "exited" }, "\(containers)")
        }
    }

    @Test(
        "SIGTERM or SIGHUP to attached up stops the containers on both daemons and exits 128 + the signal",
        arguments: [SIGTERM, SIGHUP])
    func terminatedUp(signal: Int32) throws {
        try RuntimeProject.with(Self.chatty, prefix: "mxc-robust-term") { project in
            let up = try BackgroundCommand(project, ["up"])
            defer { up.kill() }
            let shown = up.waitForOutput(timeout: 60) { output in
                ["ticker-1  | ", "tocker-1  | "].allSatisfy { prefix in
                    output.stdout.split(separator: "\n").contains { $0.hasPrefix(prefix) }
                }
            }
            try #require(shown, "no prefixed lines from both services: \(up.result())")
            up.interrupt(signal)
            let result = up.finish(timeout: 30)
            #expect(!result.timedOut && result.status == 128 + signal, "\(result)")
            #expect(result.stderr.contains("Gracefully stopping..."), "\(result)")
            let containers = try project.linux.containers(project: project.name) + project.windows.containers(project: project.name)
            #expect(containers.count == 2, "\(containers)")
            #expect(containers.allSatisfy { $0["State"] as? String == "exited" }, "\(containers.map { $0["State"] ?? "?" })")
        }
    }

    @Test("after Ctrl-C during up -d, the next command converges", arguments: ["down", "up"])
    func detachedUp(next: String) throws {
        try RuntimeProject.with(Self.slow) { project in
            let up = try BackgroundCommand(project, ["up", "-d"])
            defer { up.kill() }
            // Interrupt while the dependents wait for `slow` to turn healthy.
            let started = up.waitForOutput(timeout: 60) { $0.stderr.contains("\(project.name)-slow-1 (linux)  Started") }
            try #require(started, "slow never started: \(up.result())")
            Thread.sleep(forTimeInterval: 1)
            up.interrupt()
            let result = up.finish(timeout: 30)
            #expect(!result.timedOut && result.status == 130, "\(result)")
            if next == "down" {
                let down = try project.run(["down", "-t", "2"])
                #expect(down.status == 0, "\(down)")
                #expect(try project.leftovers().isEmpty)
            } else {
                let again = try project.run(["up", "-d"])
                #expect(again.status == 0, "\(again)")
                let running = try (project.linux.containers(project: project.name) + project.windows.containers(project: project.name))
                    .filter { $0["State"] as? String == "running" }
                #expect(running.count == 3, "\(running)")
                #expect(try project.containerIDs().keys.sorted() == ["slow", "web", "worker"])
            }
        }
    }
}
