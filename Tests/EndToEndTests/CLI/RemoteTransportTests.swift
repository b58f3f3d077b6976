import Foundation
import Testing

/// The windows role reached the way Docker Desktop and remote hosts are: over `ssh://` through the
/// private sshd of `scripts/sshd`, and over a named pipe through a stand-in `docker.exe` under a WSL
/// environment. Both end in the testbed's windows-role daemon.
@Suite(.enabled(if: Testbed.shouldRun)) struct RemoteTransportTests {
    static let compose = """
        services:
          app:
            image: \(Testbed.busyboxImage)
            init: true
            command: ["sleep", "3600"]
          backend:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            command: ["sh", "-c", "trap 'exit 0' TERM; echo backend-ready; while true; do sleep 1; done"]
            healthcheck:
              test: ["CMD", "true"]
              interval: 1s
              retries: 30
        """

    /// `up -d --wait` (event stream), `ps`, `logs` and `down` with `extra` choosing the windows daemon; each
    /// command must leave no dial process behind.
    private func upPsDown(_ project: RuntimeProject, extra: [String: String], fakes: FakePrograms, arguments: [String] = []) throws {
        let up = try project.run(arguments + ["up", "-d", "--wait"], extra: extra)
        try #require(up.status == 0, "\(up)")
        #expect(try project.windows.containerIDs(project: project.name).keys.sorted() == ["backend"])
        #expect(try project.linux.containerIDs(project: project.name).keys.sorted() == ["app"])
        #expect(fakes.survivors.isEmpty, "dial processes outlived up: \(fakes.survivors)")

        let ps = try project.run(arguments + ["ps", "--format", "json"], extra: extra)
        #expect(ps.status == 0, "\(ps)")
        let rows = try #require(TemporaryProject.jsonLines(ps.stdout), "\(ps)")
        let daemons = Dictionary(uniqueKeysWithValues: rows.compactMap { row in
            (row["Service"] as? String).map { ($0, row["Daemon"] as? String ?? "") }
        })
        #expect(daemons == ["app": "linux", "backend": "windows"], "\(ps)")
        #expect(rows.first { $0["Service"] as? String == "backend" }?["Health"] as? String == "healthy", "\(ps)")

        let logs = try project.run(arguments + ["logs", "backend"], extra: extra)
        #expect(logs.status == 0 && logs.stdout.contains("backend-ready"), "\(logs)")

        let down = try project.run(arguments + ["down"], extra: extra)
        #expect(down.status == 0, "\(down)")
        #expect(try project.leftovers().isEmpty)
        #expect(fakes.survivors.isEmpty, "dial processes outlived down: \(fakes.survivors)")
    }

    @Test("the windows role reached as ssh://root@127.0.0.1:<port> runs up, ps and down")
    func overSSH() throws {
        let ssh = try SSHTestbed.require()
        let fakes = try FakePrograms()
        defer { fakes.remove() }
        let config = try fakes.write("ssh_config", ssh.clientConfig())
        try fakes.add("ssh", "exec /usr/bin/ssh -F '\(config)' \"$@\"")
        try RuntimeProject.with(Self.compose, prefix: "mxc-transport-ssh") { project in
            try upPsDown(project, extra: ["PATH": fakes.path, "MIXCOMPOSE_WINDOWS_HOST": ssh.host], fakes: fakes)
        }
        let port = try #require(ssh.host.split(separator: ":").last)
        let expected = "-l root -p \(port) -o ConnectTimeout=30 -T -- 127.0.0.1 docker system dial-stdio"
        #expect(!fakes.calls.isEmpty && fakes.calls.allSatisfy { $0.arguments == expected }, "\(fakes.calls)")
    }

    @Test("a key the server does not accept fails with ssh's own message")
    func wrongKey() throws {
        let ssh = try SSHTestbed.require()
        let fakes = try FakePrograms()
        defer { fakes.remove() }
        let key = fakes.directory + "/wrong_ed25519"
        let keygen = ProcessRunner.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", key], timeout: 30)
        try #require(keygen.status == 0, "\(keygen)")
        let config = try fakes.write("ssh_config", ssh.clientConfig(keyFile: key))
        try fakes.add("ssh", "exec /usr/bin/ssh -F '\(config)' \"$@\"")
        try RuntimeProject.with(Self.compose, prefix: "mxc-transport-key") { project in
            let ps = try project.run(["ps"], extra: ["PATH": fakes.path, "MIXCOMPOSE_WINDOWS_HOST": ssh.host])
            #expect(ps.status == 1, "\(ps)")
            #expect(ps.stderr.contains(ssh.host) && ps.stderr.contains("ssh exited with status 255"), "\(ps)")
            #expect(ps.stderr.contains("Permission denied"), "\(ps)")
        }
    }

    @Test("under WSL, --windows-context desktop-windows reaches Desktop's pipe through docker.exe")
    func desktopPipeUnderWSL() throws {
        let testbed = try Testbed.require()
        let socket = try #require(Testbed.socketPath(of: testbed.windowsHost))
        let fakes = try FakePrograms()
        defer { fakes.remove() }
        let pipe = "npipe:////./pipe/dockerDesktopWindowsEngine"
        try fakes.add(
            "docker.exe",
            """
            [ "$*" = "-H \(pipe) system dial-stdio" ] || { echo "unexpected arguments: $*" >&2; exit 2; }
            exec /usr/bin/docker -H unix://\(socket) system dial-stdio
            """)
        let marker = try fakes.write("WSLInterop", "enabled\n")
        // The context as Docker Desktop stores it: contexts/meta/<sha256 of the name>/meta.json.
        let config = fakes.directory + "/docker-config"
        let meta = "\(config)/contexts/meta/\(Self.sha256Hex("desktop-windows"))"
        try FileManager.default.createDirectory(atPath: meta, withIntermediateDirectories: true)
        let context = #"{"Name":"desktop-windows","Metadata":{},"Endpoints":{"docker":{"Host":"\#(pipe)","SkipTLSVerify":false}}}"#
        try context.write(toFile: meta + "/meta.json", atomically: true, encoding: .utf8)
        let wsl = [
            "PATH": fakes.path, "WSL_DISTRO_NAME": "mxc-test", "MIXCOMPOSE_WSL_INTEROP": marker, "DOCKER_CONFIG": config,
            "MIXCOMPOSE_WINDOWS_HOST": "",
        ]
        try RuntimeProject.with(Self.compose, prefix: "mxc-transport-wsl") { project in
            try upPsDown(project, extra: wsl, fakes: fakes, arguments: ["--windows-context", "desktop-windows"])
            // Without the stored context the name still means Desktop's Windows engine.
            var bare = wsl
            bare["DOCKER_CONFIG"] = fakes.directory + "/empty-config"
            let ps = try project.run(["--windows-context", "desktop-windows", "ps"], extra: bare)
            #expect(ps.status == 0, "\(ps)")
        }
        #expect(fakes.calls.count >= 4 && fakes.calls.allSatisfy { $0.arguments == "-H \(pipe) system dial-stdio" }, "\(fakes.calls)")
    }

    @Test("without WSL a named pipe is refused, naming the setups that work")
    func pipeOutsideWSL() throws {
        try RuntimeProject.with(Self.compose, prefix: "mxc-transport-nowsl") { project in
            let ps = try project.run(["ps"], extra: ["MIXCOMPOSE_WINDOWS_HOST": "npipe:////./pipe/dockerDesktopWindowsEngine"])
            #expect(ps.status == 1, "\(ps)")
            #expect(ps.stderr.contains("only when mixcompose runs under WSL with Docker Desktop"), "\(ps)")
        }
    }

    /// The lowercase hex SHA-256 of `text`, as `sha256sum` prints it.
    private static func sha256Hex(_ text: String) -> String {
        let result = ProcessRunner.run("/bin/sh", ["-c", "printf %s \"$1\" | sha256sum", "sh", text], timeout: 10)
        return String(result.stdout.prefix(64))
    }
}
