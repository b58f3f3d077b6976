#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The query of `POST /build`: what to build from the context and how to tag it.
package struct ImageBuildOptions: Sendable, Hashable {
    /// `t`, once per tag (`name:tag`).
    package var tags: [String] = []
    /// Path of the Dockerfile inside the context; the daemon's default is `Dockerfile`.
    package var dockerfile: String?
    /// `--build-arg`s.
    package var buildArgs: [String: String] = [:]
    /// The stage to build in a multi-stage Dockerfile.
    package var target: String?
    package var labels: [String: String] = [:]
    /// `os[/arch]`; needs API 1.32.
    package var platform: String?
    /// Pull newer versions of the base images.
    package var pull = false
    package var noCache = false
    /// The network `RUN` steps use (`host`, `none`, a network name).
    package var networkMode: String?
    /// `host:ip` entries added to `/etc/hosts` of `RUN` steps.
    package var extraHosts: [String] = []
    /// Size of `/dev/shm` for `RUN` steps, in bytes.
    package var shmSize: Int64?
    /// Local images whose layers the classic builder may reuse (`cachefrom`).
    package var cacheFrom: [String] = []
    /// Credentials for the registries of `FROM` images, by registry key, sent as `X-Registry-Config`
    /// (always, as the Go client sends it: `e30=` when empty).
    package var authConfigs: [String: AuthConfig] = [:]

    /// Options with the daemon's defaults.
    package init() {}

    /// The query items, in a stable order; maps are sent as JSON objects as the Go client does.
    var queryItems: [URLQueryItem] {
        var items = tags.map { URLQueryItem(name: "t", value: $0) }
        items.append(URLQueryItem(name: "dockerfile", value: dockerfile))
        if !buildArgs.isEmpty { items.append(URLQueryItem(name: "buildargs", value: Self.json(buildArgs))) }
        items.append(URLQueryItem(name: "target", value: target))
        if !labels.isEmpty { items.append(URLQueryItem(name: "labels", value: Self.json(labels))) }
        items.append(URLQueryItem(name: "platform", value: platform))
        items.append(.flag("pull", pull))
        items.append(.flag("nocache", noCache))
        items.append(URLQueryItem(name: "networkmode", value: networkMode))
        items += extraHosts.map { URLQueryItem(name: "extrahosts", value: $0) }
        items.append(URLQueryItem(name: "shmsize", value: shmSize.map(String.init)))
        if !cacheFrom.isEmpty { items.append(URLQueryItem(name: "cachefrom", value: Self.json(cacheFrom))) }
        return items
    }

    /// The request headers: `X-Registry-Config`.
    var headers: [(String, String)] {
        [("X-Registry-Config", AuthConfig.configHeader(authConfigs))]
    }

    private static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
