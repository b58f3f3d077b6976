import Testing

@testable import EngineAPI

@Suite struct DialCommandTests {
    private func command(_ address: String, _ environment: [String: String] = [:], files: Set<String> = []) throws -> DialCommand? {
        try DialCommand.forEndpoint(try EngineEndpoint.parse(address), environment: environment, fileExists: files.contains)
    }

    @Test("an ssh host runs docker system dial-stdio through ssh with the docker CLI's options")
    func sshWithUserAndPort() throws {
        let dial = try #require(try command("ssh://me@winhost:2222"))
        #expect(dial.executable == "ssh")
        #expect(dial.arguments == ["-l", "me", "-p", "2222", "-o", "ConnectTimeout=30", "-T", "--", "winhost", "docker system dial-stdio"])
    }

    @Test("without user or port, ssh's own configuration chooses them")
    func sshBare() throws {
        let dial = try #require(try command("ssh://[::1]"))
        #expect(dial.arguments == ["-o", "ConnectTimeout=30", "-T", "--", "::1", "docker system dial-stdio"])
    }

    @Test("a socket path becomes the remote CLI's --host, quoted for the remote shell")
    func sshSocketPath() throws {
        let plain = try #require(try command("ssh://me@winhost/run/docker.sock"))
        #expect(plain.arguments.last == "docker --host=unix:///run/docker.sock system dial-stdio")
        let spaced = DialCommand.ssh(SSHDestination(host: "h", socketPath: "/run/my docker's.sock"))
        #expect(spaced.arguments.last == #"docker '--host=unix:///run/my docker'\''s.sock' system dial-stdio"#)
    }

    @Test("unix and tcp endpoints need no dial command")
    func direct() throws {
        #expect(try command("unix:///run/docker.sock") == nil)
        #expect(try command("tcp://winhost:2375") == nil)
    }

    @Test("outside WSL a named pipe is refused, naming the setups that work", arguments: [
        [String: String](),
        ["WSL_DISTRO_NAME": "Debian"],
        ["WSL_DISTRO_NAME": "Debian", "MIXCOMPOSE_WSL_INTEROP": "/nowhere"],
    ])
    func pipeOutsideWSL(environment: [String: String]) {
        let error = #expect(throws: EngineError.self) { try command("npipe:////./pipe/dockerDesktopLinuxEngine", environment) }
        let text = error?.description ?? ""
        #expect(text.contains("npipe:////./pipe/dockerDesktopLinuxEngine"))
        #expect(text.contains("only when mixcompose runs under WSL with Docker Desktop"))
        #expect(text.contains("ssh://, tcp:// or unix://"))
    }

    @Test("under WSL a named pipe is dialled by docker.exe from PATH")
    func pipeUnderWSL() throws {
        let environment = ["WSL_DISTRO_NAME": "Ubuntu", "PATH": "/usr/bin:/mnt/c/tools"]
        let files: Set = ["/proc/sys/fs/binfmt_misc/WSLInterop-late", "/mnt/c/tools/docker.exe"]
        let dial = try #require(try command("npipe:////./pipe/dockerDesktopWindowsEngine", environment, files: files))
        #expect(dial.executable == "/mnt/c/tools/docker.exe")
        #expect(dial.arguments == ["-H", "npipe:////./pipe/dockerDesktopWindowsEngine", "system", "dial-stdio"])
    }

    @Test("under WSL without docker.exe on PATH, Docker Desktop's install folder is used, else the pipe is refused")
    func pipeDesktopFolder() throws {
        let environment = ["WSL_DISTRO_NAME": "Ubuntu", "PATH": "/usr/bin", "MIXCOMPOSE_WSL_INTEROP": "/tmp/marker"]
        let desktop = "/mnt/c/Program Files/Docker/Docker/resources/bin/docker.exe"
        let dial = try #require(try command("npipe:////./pipe/docker_engine", environment, files: ["/tmp/marker", desktop]))
        #expect(dial.executable == desktop)
        let error = #expect(throws: EngineError.self) { try command("npipe:////./pipe/docker_engine", environment, files: ["/tmp/marker"]) }
        #expect(error?.description.contains("docker.exe is neither on PATH nor in") == true)
    }
}
