/// The engine's version report, from `GET /version`.
package struct VersionInfo: Codable, Sendable, Hashable {
    package var version: String?
    package var apiVersion: String?
    package var minAPIVersion: String?
    package var os: String?
    package var arch: String?
    package var kernelVersion: String?
    package var experimental: Bool?

    enum CodingKeys: String, CodingKey {
        case version = "Version", apiVersion = "ApiVersion", minAPIVersion = "MinAPIVersion", os = "Os", arch = "Arch"
        case kernelVersion = "KernelVersion", experimental = "Experimental"
    }
}

/// The headers of `GET /_ping`.
package struct PingResult: Sendable, Hashable {
    /// The daemon's maximum API version (`Api-Version`).
    package var apiVersion: APIVersion?
    /// The daemon's GOOS (`Ostype`).
    package var osType: String?
}
