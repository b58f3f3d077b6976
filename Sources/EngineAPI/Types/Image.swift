/// An image as `GET /images/{name}/json` describes it.
package struct ImageInspect: Codable, Sendable, Hashable {
    package var id: String
    package var repoTags: [String]?
    package var repoDigests: [String]?
    /// `linux` or `windows`: the platform a container of this image needs.
    package var os: String?
    package var osVersion: String?
    package var architecture: String?
    package var variant: String?
    package var config: ImageConfig?
    package var size: Int64?
    /// When the image was built, RFC 3339 with nanoseconds.
    package var created: String?
    /// The daemon's local facts about the image: when it was last tagged.
    package var metadata: ImageMetadata?

    enum CodingKeys: String, CodingKey {
        case id = "Id", repoTags = "RepoTags", repoDigests = "RepoDigests", os = "Os", osVersion = "OsVersion"
        case architecture = "Architecture", variant = "Variant", config = "Config", size = "Size", created = "Created"
        case metadata = "Metadata"
    }
}

/// `Metadata` of an image inspect: `LastTagTime` (RFC 3339; Go's zero time when never tagged locally).
package struct ImageMetadata: Codable, Sendable, Hashable {
    package var lastTagTime: String?

    enum CodingKeys: String, CodingKey { case lastTagTime = "LastTagTime" }
}

/// The run defaults an image carries.
package struct ImageConfig: Codable, Sendable, Hashable {
    package var env: [String]?
    package var cmd: [String]?
    package var entrypoint: [String]?
    package var exposedPorts: [String: EmptyObject]?
    package var labels: [String: String]?
    package var workingDir: String?
    package var user: String?
    package var healthcheck: HealthConfig?
    /// Paths the image declares as `VOLUME`s.
    package var volumes: [String: EmptyObject]?

    enum CodingKeys: String, CodingKey {
        case env = "Env", cmd = "Cmd", entrypoint = "Entrypoint", exposedPorts = "ExposedPorts", labels = "Labels"
        case workingDir = "WorkingDir", user = "User", healthcheck = "Healthcheck", volumes = "Volumes"
    }
}

/// One entry of `GET /images/json`.
package struct ImageSummary: Codable, Sendable, Hashable {
    package var id: String
    package var repoTags: [String]?
    package var repoDigests: [String]?
    package var created: Int64?
    package var size: Int64?
    package var labels: [String: String]?

    enum CodingKeys: String, CodingKey {
        case id = "Id", repoTags = "RepoTags", repoDigests = "RepoDigests", created = "Created", size = "Size", labels = "Labels"
    }
}

/// `{}` in Docker's JSON, as used by `ExposedPorts` and `Volumes`.
package struct EmptyObject: Codable, Sendable, Hashable {
    /// The empty value.
    package init() {}
}
