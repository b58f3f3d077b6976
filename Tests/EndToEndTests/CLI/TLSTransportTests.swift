import Foundation
import Testing

/// The linux role reached the way a remote engine usually is: `tcp://` with mutual TLS (the testbed's linux daemon
/// on 127.0.0.1:23760), named by `MIXCOMPOSE_LINUX_HOST` with the docker CLI's `DOCKER_TLS_VERIFY`/`DOCKER_CERT_PATH`.
@Suite(.enabled(if: Testbed.shouldRun)) struct TLSTransportTests {
    static let compose = """
        services:
          app:
            image: \(Testbed.busyboxImage)
            init: true
            command: ["sleep", "3600"]
        """

    @Test("over tcp:// with mutual TLS from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, up, exec with stdin, run --rm and down work; without them the daemon refuses")
    func linuxRoleOverTLS() throws {
        let environment = ProcessInfo.processInfo.environment
        let host = try #require(environment["MIXCOMPOSE_TESTBED_LINUX_TLS_HOST"], "scripts/testbed env sets it")
        let certificates = try #require(environment["MIXCOMPOSE_TESTBED_TLS_CERT_PATH"], "scripts/testbed env sets it")
        try RuntimeProject.with(Self.compose, prefix: "mxc-tls") { project in
            let plain = ["MIXCOMPOSE_LINUX_HOST": host]
            let tls = plain.merging(["DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": certificates]) { $1 }
            let refused = try project.run(["up", "-d"], extra: plain)
            #expect(refused.status != 0 && refused.stderr.contains(host), "\(refused)")

            let up = try project.run(["up", "-d"], extra: tls)
            try #require(up.status == 0, "\(up)")
            #expect(try project.linux.containerIDs(project: project.name).keys.sorted() == ["app"])

            let input = try project.files.run(
                ["-p", project.name, "exec", "-T", "app", "sh", "-c", "read line; echo got:$line; echo oops >&2; exit 4"],
                environment: project.environment.merging(tls) { $1 }, input: "hello\n")
            #expect(input.status == 4 && input.stdout == "got:hello\n" && input.stderr.contains("oops"), "\(input)")

            let oneOff = try project.run(["run", "--rm", "-T", "app", "sh", "-c", "echo one-off; exit 5"], extra: tls)
            #expect(oneOff.status == 5 && oneOff.stdout == "one-off\n", "\(oneOff)")

            let down = try project.run(["down", "-t", "0"], extra: tls)
            #expect(down.status == 0, "\(down)")
            #expect(try project.leftovers().isEmpty)
        }
    }
}
