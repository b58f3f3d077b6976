import Foundation
import NIOCore
import NIOHTTP1
import Testing

@testable import EngineAPI

/// The tunnel behind ssh and named-pipe endpoints, driven through fake `ssh` programs on `PATH`: one that
/// bridges to a stub engine with the docker CLI's own `dial-stdio`, one that fails like ssh does.
@Suite struct StdioTunnelTests {
    static let dockerCLI = "/usr/bin/docker"
    /// The bridging fake needs the docker CLI (installed with the testbed); under CI it must be there.
    static let canBridge = FileManager.default.isExecutableFile(atPath: dockerCLI) || ProcessInfo.processInfo.environment["CI"] == "true"

    /// A directory holding an executable `ssh` with `script` as its body; `body` gets the directory.
    private func withFakeSSH<R>(_ script: String, _ body: (String) async throws -> R) async throws -> R {
        let directory = NSTemporaryDirectory() + "mxc-transport-fake-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try ("#!/bin/sh\n" + script + "\n").write(toFile: directory + "/ssh", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory + "/ssh")
        return try await body(directory)
    }

    @Test("requests travel through one process per connection, which all end with the client", .enabled(if: canBridge))
    func relaysAndCleansUp() async throws {
        try await StubEngineServer.with(handler: { _ in .json(#"{"Version":"20.10.24","ApiVersion":"1.41"}"#) }) { server in
            let script = "echo \"$$ $*\" >> \"$(dirname \"$0\")/calls\"\nexec \(Self.dockerCLI) -H unix://\(server.socketPath) system dial-stdio"
            try await withFakeSSH(script) { directory in
                let endpoint = try EngineEndpoint.parse("ssh://me@winhost:2222")
                try await EngineClient.withClient(endpoint, environment: ["PATH": directory + ":/usr/bin:/bin"]) { client in
                    try await withThrowingTaskGroup(of: String?.self) { group in
                        for _ in 0..<24 { group.addTask { try await client.version().version } }
                        for try await version in group { #expect(version == "20.10.24") }
                    }
                }
                #expect(server.apiRequests.count == 24)
                let calls = try String(contentsOfFile: directory + "/calls", encoding: .utf8).split(separator: "\n")
                // Keep-alive and the tunnel's request gate: at most 8 connections, each carried by its own process.
                #expect((1...9).contains(calls.count))
                for call in calls {
                    let fields = call.split(separator: " ", maxSplits: 1)
                    #expect(fields.last == "-l me -p 2222 -o ConnectTimeout=30 -T -- winhost docker system dial-stdio")
                    let pid = try #require(Int32(fields[0]))
                    #expect(kill(pid, 0) == -1, "process \(pid) outlived the client")
                }
            }
        }
    }

    @Test("large bodies cross the tunnel intact both ways", .enabled(if: canBridge))
    func largeBodies() async throws {
        // 8 MiB down and 4 MiB up: far beyond a pipe's 64 KiB, so both relays must hold reads back and resume.
        let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        let down = StubEngineServer.Response(
            status: 200, headers: [("Content-Type", "application/octet-stream")], chunks: Array(repeating: chunk, count: 8))
        try await StubEngineServer.with(handler: { _ in down }) { server in
            try await withFakeSSH("exec \(Self.dockerCLI) -H unix://\(server.socketPath) system dial-stdio") { directory in
                let endpoint = try EngineEndpoint.parse("ssh://winhost")
                let upload = String(repeating: "y", count: 4 << 20)
                try await EngineClient.withClient(endpoint, environment: ["PATH": directory + ":/usr/bin:/bin"]) { client in
                    let body = try await client.send(.POST, "/blob", body: ["data": upload])
                    #expect(body == ByteBuffer(repeating: UInt8(ascii: "x"), count: 8 << 20))
                }
                #expect(server.apiRequests.first?.body.count == upload.utf8.count + #"{"data":""}"#.utf8.count)
            }
        }
    }

    @Test("a dial command that fails is reported with its exit status and what it wrote to stderr")
    func failureCarriesStderr() async throws {
        try await withFakeSSH("echo 'root@127.0.0.1: Permission denied (publickey).' >&2\nexit 255") { directory in
            let endpoint = try EngineEndpoint.parse("ssh://root@127.0.0.1:22")
            let error = await #expect(throws: EngineError.self) {
                try await EngineClient.withClient(endpoint, environment: ["PATH": directory]) { _ in () }
            }
            #expect(error == .unreachable("ssh://root@127.0.0.1:22", "ssh exited with status 255: root@127.0.0.1: Permission denied (publickey)."))
        }
    }

    @Test("a missing ssh program is named before anything starts")
    func missingProgram() async throws {
        let endpoint = try EngineEndpoint.parse("ssh://winhost")
        let error = await #expect(throws: EngineError.self) {
            try await EngineClient.withClient(endpoint, environment: ["PATH": "/nonexistent"]) { _ in () }
        }
        #expect(error?.description.hasPrefix("ssh not found on PATH") == true)
    }
}
