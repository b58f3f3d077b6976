import AsyncHTTPClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import NIOCore
import NIOHTTP1

extension EngineClient {
    /// `GET /images/{name}/json`: the image's ID, `Os` and `Architecture`; `.http` 404 when absent.
    package func inspectImage(_ name: String) async throws -> ImageInspect {
        try await get("/images/\(Self.segment(name))/json")
    }

    /// `GET /images/json`: local images, optionally filtered (`reference`, `label`, `dangling`).
    package func listImages(filters: EngineFilters = EngineFilters()) async throws -> [ImageSummary] {
        try await get("/images/json", query: [filters.queryItem].compactMap { $0 })
    }

    /// `POST /images/create?fromImage=&tag=&platform=`: pulls an image, as a stream of progress lines.
    /// Failures after the 200 answer arrive as lines with `errorMessage` set. `platform` needs API 1.32.
    /// `auth` goes as `X-Registry-Auth`, always sent as the docker CLI sends it (`e30=` for no credentials).
    package func pullProgress(
        image: String, tag: String? = nil, platform: String? = nil, auth: AuthConfig = AuthConfig()
    ) async throws -> JSONLinesSequence<PullProgress> {
        if platform != nil, !supports(APIVersion(1, 32)) {
            throw EngineError.unsupported("pulling for a platform needs engine API 1.32, this engine speaks \(negotiatedVersion)")
        }
        var query = [URLQueryItem(name: "fromImage", value: image), URLQueryItem(name: "tag", value: tag)]
        query.append(URLQueryItem(name: "platform", value: platform))
        return try await jsonLines(.POST, "/images/create", query: query, headers: [("X-Registry-Auth", auth.header)])
    }

    /// Pulls an image and waits for the end, throwing `.stream` with the daemon's message if the pull failed.
    package func pull(image: String, tag: String? = nil, platform: String? = nil, auth: AuthConfig = AuthConfig()) async throws {
        for try await line in try await pullProgress(image: image, tag: tag, platform: platform, auth: auth) {
            if let message = line.errorMessage { throw EngineError.stream(message) }
        }
    }

    /// `POST /images/{name}/push?tag=`: pushes an image to the registry its name says, with `auth` as
    /// `X-Registry-Auth`, and waits for the end; a failure the stream reports is thrown as `.stream`.
    package func push(image: String, tag: String? = nil, auth: AuthConfig = AuthConfig()) async throws {
        let lines: JSONLinesSequence<PullProgress> = try await jsonLines(
            .POST, "/images/\(Self.segment(image))/push", query: [URLQueryItem(name: "tag", value: tag)].filter { $0.value != nil },
            headers: [("X-Registry-Auth", auth.header)])
        for try await line in lines {
            if let message = line.errorMessage { throw EngineError.stream(message) }
        }
    }

    /// `GET /distribution/{name}/json`: the manifest digest and platforms the image's registry holds, asked by
    /// the daemon (with `registryAuth` as `X-Registry-Auth`); what `docker stack deploy` pins a service's image by.
    package func distributionInspect(_ name: String, registryAuth: String? = nil) async throws -> DistributionInspect {
        try decode(
            DistributionInspect.self,
            from: await send(.GET, "/distribution/\(Self.segment(name))/json", headers: Self.registryAuthHeader(registryAuth)))
    }

    /// `POST /images/{name}/tag?repo=&tag=`: adds a tag to an image.
    package func tagImage(_ name: String, repository: String, tag: String? = nil) async throws {
        try await post("/images/\(Self.segment(name))/tag", query: [
            URLQueryItem(name: "repo", value: repository), URLQueryItem(name: "tag", value: tag),
        ])
    }

    /// `DELETE /images/{name}?force=&noprune=`: removes an image (or one of its tags).
    package func removeImage(_ name: String, force: Bool = false, noPrune: Bool = false) async throws {
        try await delete("/images/\(Self.segment(name))", query: [.flag("force", force), .flag("noprune", noPrune)])
    }
}
