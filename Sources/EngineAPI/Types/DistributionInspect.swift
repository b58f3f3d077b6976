/// `GET /distribution/{name}/json`'s answer: the registry's descriptor of an image reference (its manifest
/// or index digest) and the platforms it offers.
package struct DistributionInspect: Codable, Sendable, Hashable {
    package var descriptor: Descriptor
    package var platforms: [Platform]?

    enum CodingKeys: String, CodingKey { case descriptor = "Descriptor", platforms = "Platforms" }

    /// The OCI descriptor; only the digest matters here.
    package struct Descriptor: Codable, Sendable, Hashable {
        package var digest: String
        package var mediaType: String?
    }

    /// One platform of the image (OCI field names, as the daemon sends them).
    package struct Platform: Codable, Sendable, Hashable {
        package var architecture: String
        package var os: String
        package var variant: String?

        package init(architecture: String, os: String, variant: String? = nil) {
            (self.architecture, self.os, self.variant) = (architecture, os, variant)
        }
    }

    package init(digest: String, platforms: [Platform]) {
        self.descriptor = Descriptor(digest: digest)
        self.platforms = platforms
    }
}
