import Foundation
import Testing

/// `exec` against the two testbed daemons: plain streams, a real terminal, bad input, and Docker Compose's
/// exit codes on the same containers.
@Suite(.enabled(if: Testbed.shouldRun)) struct ExecCommandTests {
    static let pair = """
        services:
          app:
            image: \(Testbed.busyboxImage)
            init: true
            command: ["sleep", "3600"]
          backend:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            init: true
            command: ["sleep", "3600"]
        """

    @Test("exec -T runs in each service's container on its daemon: stdin in, stdout and stderr apart, the exit code out")
    func plainStreams() throws {
        try RuntimeProject.with(Self.pair, prefix: "mxc-cmd-exec") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            for service in ["app", "backend"] {
                let result = try project.files.run(
                    ["-p", project.name, "exec", "-T", "-e", "GREETING=hi", "-w", "/tmp", service, "sh", "-c",
                     "read line; echo $GREETING:$line:$(pwd):$(hostname); echo oops >&2; exit 3"],
                    environment: project.environment, input: "typed\n")
                #expect(result.status == 3, "\(result)")
                let id = try #require(try project.containerIDs()[service])
                #expect(result.stdout == "hi:typed:/tmp:\(id.prefix(12))\n", "\(result)")
                #expect(result.stderrLines.contains("oops"), "\(result)")
            }
            let user = try project.run(["exec", "-T", "-u", "nobody", "backend", "id", "-un"])
            #expect(user.status == 0 && user.stdout == "nobody\n", "\(user)")
            let detached = try project.run(["exec", "-d", "app", "sh", "-c", "echo done > /tmp/marker"])
            #expect(detached.status == 0 && detached.stdout.isEmpty, "\(detached)")
            let marker = try project.run(["exec", "-T", "app", "sh", "-c", "sleep 1; cat /tmp/marker"])
            #expect(marker.stdout == "done\n", "\(marker)")
        }
    }

    @Test("exec refuses an unknown service, a stopped service, a missing replica and a missing command, touching nothing")
    func refusals() throws {
        try RuntimeProject.with(Self.pair, prefix: "mxc-cmd-exec") { project in
            let up = try project.run(["up", "-d", "app"])
            try #require(up.status == 0, "\(up)")
            let unknown = try project.run(["exec", "-T", "nope", "true"])
            #expect(unknown.status == 1 && unknown.stderr.contains("no such service: nope"), "\(unknown)")
            let stopped = try project.run(["exec", "-T", "backend", "true"])
            #expect(stopped.status == 1 && stopped.stderr.contains("service \"backend\" is not running"), "\(stopped)")
            let replica = try project.run(["exec", "-T", "--index", "2", "app", "true"])
            #expect(replica.status == 1 && replica.stderr.contains("service \"app\" is not running container #2"), "\(replica)")
            let bare = try project.run(["exec", "app"])
            #expect(bare.status == 1, "\(bare)")
            #expect(try project.windows.containerIDs(project: project.name).isEmpty)
        }
    }

    @Test("exec on a terminal gives the command a TTY of the terminal's size, typed input, and its exit code")
    func terminal() throws {
        try RuntimeProject.with(Self.pair, prefix: "mxc-cmd-exec") { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            try TerminalSession.expectTTY(project, ["exec", "backend"])
        }
    }

    @Test("exec's exit codes and output match Docker Compose's on the same containers")
    func differential() throws {
        let reference = try Testbed.requireReferenceCompose()
        try RuntimeProject.with(Self.pair, prefix: "mxc-cmd-exec") { project in
            let up = try project.run(["up", "-d", "app"])
            try #require(up.status == 0, "\(up)")
            let environment = [
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
                "DOCKER_HOST": project.testbed.linuxHost,
            ]
            let cases: [[String]] = [
                ["exec", "-T", "app", "sh", "-c", "echo out; exit 4"], ["exec", "-T", "app", "true"],
                ["exec", "-T", "app", "no-such-binary"], ["exec", "-T", "nope", "true"], ["exec", "-T", "--index", "3", "app", "true"],
            ]
            for arguments in cases {
                let ours = try project.run(arguments)
                let theirs = ProcessRunner.run(
                    reference, ["-p", project.name] + arguments, environment: environment, directory: project.files.directory)
                #expect(ours.status == theirs.status, "\(arguments): ours \(ours)\ntheirs \(theirs)")
                #expect(ours.stdout == theirs.stdout, "\(arguments): ours \(ours)\ntheirs \(theirs)")
            }
        }
    }
}
