import AsyncHTTPClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore
import NIOHTTP1

extension EngineClient {
    /// `POST /build` with a tar archive of the context as the body; returns the builder's progress lines.
    /// Failures after the 200 answer arrive as lines with `errorMessage` set.
    package func buildProgress(context: [UInt8], options: ImageBuildOptions) async throws -> JSONLinesSequence<BuildProgress> {
        try await buildProgress(body: .bytes(ByteBuffer(bytes: context)), options: options)
    }

    /// `POST /build` with the context tar streamed from `context` as it is produced.
    package func buildProgress<Context: AsyncSequence & Sendable>(
        streaming context: Context, options: ImageBuildOptions
    ) async throws -> JSONLinesSequence<BuildProgress> where Context.Element == ByteBuffer {
        try await buildProgress(body: .stream(context, length: .unknown), options: options)
    }

    /// Builds and waits for the end, passing each line to `progress`; returns the image ID the builder
    /// reported, and throws `.stream` with the daemon's message if the build failed.
    @discardableResult
    package func build(
        context: [UInt8], options: ImageBuildOptions, progress: @Sendable (BuildProgress) async -> Void = { _ in }
    ) async throws -> String? {
        try await Self.follow(buildProgress(context: context, options: options), progress: progress)
    }

    /// `build(context:options:progress:)` with the context streamed from disk while it is sent; a file
    /// that cannot be read ends the request with an `ArchiveError` naming it.
    @discardableResult
    package func build(
        context: BuildContext, options: ImageBuildOptions, progress: @Sendable (BuildProgress) async -> Void = { _ in }
    ) async throws -> String? {
        let stream = context.stream()
        do {
            return try await Self.follow(buildProgress(streaming: stream, options: options), progress: progress)
        } catch {
            if let failure = stream.failure { throw failure }
            throw error
        }
    }

    private static func follow(
        _ lines: JSONLinesSequence<BuildProgress>, progress: @Sendable (BuildProgress) async -> Void
    ) async throws -> String? {
        var imageID: String?
        for try await line in lines {
            if let message = line.errorMessage { throw EngineError.stream(message) }
            if let id = line.aux?.id { imageID = id }
            await progress(line)
        }
        return imageID
    }

    private func buildProgress(body: HTTPClientRequest.Body, options: ImageBuildOptions) async throws -> JSONLinesSequence<BuildProgress> {
        if options.platform != nil, !supports(APIVersion(1, 32)) {
            throw EngineError.unsupported("building for a platform needs engine API 1.32, this engine speaks \(negotiatedVersion)")
        }
        let response = try await execute(
            .POST, "/build", query: options.queryItems, raw: (body, "application/x-tar"), headers: options.headers,
            timeout: Self.streamTimeout)
        return JSONLinesSequence(bytes: EngineByteStream(body: response.body, endpoint: endpoint.description))
    }
}
