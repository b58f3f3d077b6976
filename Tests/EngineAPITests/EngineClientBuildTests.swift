import Foundation
import NIOCore
import Testing

@testable import EngineAPI

@Suite struct EngineClientBuildTests {
    private func endpoint(_ server: StubEngineServer) -> EngineEndpoint {
        EngineEndpoint(transport: .unix(path: server.socketPath))
    }

    private static let success = [
        #"{"stream":"Step 1/2 : FROM busybox\n"}"#, #"{"aux":{"ID":"sha256:abc"}}"#, #"{"stream":"Successfully built abc\n"}"#,
    ].joined(separator: "\n")

    @Test("build sends the options as query items and the tar context as the body, and returns the image ID")
    func buildSendsQueryAndBody() async throws {
        var context = TarArchive()
        context.addFile("Dockerfile", contents: Array("FROM busybox\n".utf8))
        var options = ImageBuildOptions()
        options.tags = ["demo-web", "demo-web:v1"]
        options.dockerfile = "docker/Dockerfile"
        options.buildArgs = ["B": "2", "A": "1"]
        options.target = "final"
        options.labels = ["team": "x"]
        options.platform = "windows"
        options.pull = true
        options.noCache = true
        options.networkMode = "host"
        options.extraHosts = ["db:10.0.0.2", "cache:10.0.0.3"]
        options.shmSize = 67_108_864
        options.cacheFrom = ["demo-web:cache", "demo-base"]
        try await StubEngineServer.with(handler: { _ in .json(Self.success) }) { server in
            let (id, lines) = try await EngineClient.withClient(endpoint(server)) { client in
                let lines = LineBox()
                let id = try await client.build(context: context.bytes, options: options) { await lines.add($0) }
                return (id, await lines.lines)
            }
            #expect(id == "sha256:abc")
            #expect(lines.compactMap(\.stream) == ["Step 1/2 : FROM busybox\n", "Successfully built abc\n"])
            let request = try #require(server.apiRequests.first)
            #expect(request.method == "POST")
            #expect(request.path == "/v1.41/build")
            #expect(request.header("Content-Type") == "application/x-tar")
            #expect(request.body == context.bytes)
            let items = URLComponents(string: request.uri)?.queryItems ?? []
            #expect(items.filter { $0.name == "t" }.map(\.value) == ["demo-web", "demo-web:v1"])
            #expect(items.filter { $0.name == "extrahosts" }.map(\.value) == ["db:10.0.0.2", "cache:10.0.0.3"])
            let query = request.query
            #expect(query["dockerfile"] == "docker/Dockerfile")
            #expect(query["buildargs"] == #"{"A":"1","B":"2"}"#)
            #expect(query["labels"] == #"{"team":"x"}"#)
            #expect(query["target"] == "final")
            #expect(query["platform"] == "windows")
            #expect(query["pull"] == "1")
            #expect(query["nocache"] == "1")
            #expect(query["networkmode"] == "host")
            #expect(query["shmsize"] == "67108864")
            #expect(query["cachefrom"] == #"["demo-web:cache","demo-base"]"#)
        }
    }

    @Test("defaults send no optional parameter")
    func defaultsSendNothing() async throws {
        try await StubEngineServer.with(handler: { _ in .json(Self.success) }) { server in
            try await EngineClient.withClient(endpoint(server)) { try await $0.build(context: TarArchive().bytes, options: ImageBuildOptions()) }
            #expect(try #require(server.apiRequests.first).query.isEmpty)
        }
    }

    @Test("a build whose stream reports an error throws the daemon's message")
    func buildFailsInsideStream() async throws {
        let failure = #"{"errorDetail":{"code":1,"message":"COPY failed: file not found"},"error":"COPY failed: file not found"}"#
        let response = StubEngineServer.Response(
            status: 200, chunks: [Array(#"{"stream":"Step 2/2 : COPY x /x\n"}"#.utf8), Array("\n\(failure)\n".utf8)])
        try await StubEngineServer.with(handler: { _ in response }) { server in
            await #expect(throws: EngineError.stream("COPY failed: file not found")) {
                try await EngineClient.withClient(endpoint(server)) { try await $0.build(context: TarArchive().bytes, options: ImageBuildOptions()) }
            }
        }
    }

    @Test("a streamed context reaches the daemon whole")
    func streamedContext() async throws {
        let chunks = [ByteBuffer(bytes: Array(repeating: 1, count: 700)), ByteBuffer(bytes: Array(repeating: 2, count: 324))]
        try await StubEngineServer.with(handler: { _ in .json(Self.success) }) { server in
            try await EngineClient.withClient(endpoint(server)) { client in
                for try await _ in try await client.buildProgress(streaming: ChunkSequence(chunks: chunks), options: ImageBuildOptions()) {}
            }
            #expect(server.apiRequests.first?.body == Array(repeating: 1, count: 700) + Array(repeating: 2, count: 324))
        }
    }

    @Test("a directory context is streamed to the daemon as the same archive the stream produces")
    func directoryContext() async throws {
        let scratch = try ArchiveScratch()
        defer { scratch.remove() }
        try scratch.write("Dockerfile", "FROM busybox\n")
        try scratch.write("app/main.sh", String(repeating: "echo hi\n", count: 20_000), mode: 0o755)
        let context = try BuildContext(directory: scratch.root)
        try await StubEngineServer.with(handler: { _ in .json(Self.success) }) { server in
            let id = try await EngineClient.withClient(endpoint(server)) { try await $0.build(context: context, options: ImageBuildOptions()) }
            #expect(id == "sha256:abc")
            #expect(server.apiRequests.first?.body == (try await context.stream().bytes()))
        }
    }

    @Test("a context file that cannot be read fails the build with an error naming it")
    func unreadableFile() async throws {
        let scratch = try ArchiveScratch()
        defer { scratch.remove() }
        // Even root cannot reach a path longer than PATH_MAX, so this works whoever runs the tests: the
        // directories are made one below the other through descriptors.
        let name = String(repeating: "d", count: 250)
        var descriptor = open(scratch.root, O_RDONLY | O_DIRECTORY)
        for _ in 0..<20 {
            #expect(mkdirat(descriptor, name, 0o755) == 0)
            let next = openat(descriptor, name, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = next
        }
        close(descriptor)
        defer { _ = try? Process.run(URL(fileURLWithPath: "/bin/rm"), arguments: ["-rf", scratch.root]).waitUntilExit() }
        try await StubEngineServer.with(handler: { _ in .json(Self.success) }) { server in
            let error = await #expect(throws: ArchiveError.self) {
                try await EngineClient.withClient(endpoint(server)) {
                    try await $0.build(context: BuildContext(directory: scratch.root), options: ImageBuildOptions())
                }
            }
            let message = try #require(error).description
            #expect(message.hasPrefix("cannot read \(scratch.root)/\(name)/"), "\(message)")
            #expect(message.hasSuffix(": file name too long"), "\(message)")
        }
    }

    @Test("an engine older than API 1.32 cannot be asked for a platform")
    func platformNeedsNewerAPI() async throws {
        var options = ImageBuildOptions()
        options.platform = "linux"
        try await StubEngineServer.with(apiVersion: "1.30") { server in
            await #expect(throws: EngineError.self) {
                try await EngineClient.withClient(endpoint(server)) { try await $0.build(context: [], options: options) }
            }
            #expect(server.apiRequests.isEmpty)
        }
    }
}

/// Collects progress lines across the `@Sendable` callback.
private actor LineBox {
    var lines: [BuildProgress] = []
    func add(_ line: BuildProgress) { lines.append(line) }
}

/// A fixed list of chunks as an async sequence.
private struct ChunkSequence: AsyncSequence, Sendable {
    let chunks: [ByteBuffer]

    struct AsyncIterator: AsyncIteratorProtocol {
        var remaining: [ByteBuffer]
        mutating func next() async -> ByteBuffer? { remaining.isEmpty ? nil : remaining.removeFirst() }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(remaining: chunks) }
}
