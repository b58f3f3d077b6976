import EngineAPI

extension EngineClient {
    /// `Engine.buildImage` over `POST /build`.
    package func buildImage(
        _ options: ImageBuildOptions, context: BuildContext, progress: @Sendable (BuildProgress) async -> Void
    ) async throws {
        try await build(context: context, options: options, progress: progress)
    }
}
