/// A long-form mount (`HostConfig.Mounts`): `bind`, `volume`, `tmpfs` or `npipe`.
package struct Mount: Codable, Sendable, Hashable {
    package var type: String
    package var source: String?
    package var target: String
    package var readOnly: Bool?
    package var consistency: String?
    package var bindOptions: BindOptions?
    package var volumeOptions: VolumeOptions?
    package var tmpfsOptions: TmpfsOptions?
    /// API 1.48 and later.
    package var imageOptions: ImageOptions?

    /// Creates a mount of `type` from `source` to `target`.
    package init(type: String, source: String? = nil, target: String, readOnly: Bool? = nil) {
        self.type = type
        self.source = source
        self.target = target
        self.readOnly = readOnly
    }

    enum CodingKeys: String, CodingKey {
        case type = "Type", source = "Source", target = "Target", readOnly = "ReadOnly", consistency = "Consistency"
        case bindOptions = "BindOptions", volumeOptions = "VolumeOptions", tmpfsOptions = "TmpfsOptions"
        case imageOptions = "ImageOptions"
    }

    /// Options of a bind mount.
    package struct BindOptions: Codable, Sendable, Hashable {
        package var propagation: String?
        package var nonRecursive: Bool?
        package var createMountpoint: Bool?
        /// API 1.44 and later: `recursive: writable` and `recursive: readonly`.
        package var readOnlyNonRecursive: Bool?
        package var readOnlyForceRecursive: Bool?

        /// Creates bind options.
        package init(propagation: String? = nil, nonRecursive: Bool? = nil, createMountpoint: Bool? = nil) {
            self.propagation = propagation
            self.nonRecursive = nonRecursive
            self.createMountpoint = createMountpoint
        }

        enum CodingKeys: String, CodingKey {
            case propagation = "Propagation", nonRecursive = "NonRecursive", createMountpoint = "CreateMountpoint"
            case readOnlyNonRecursive = "ReadOnlyNonRecursive", readOnlyForceRecursive = "ReadOnlyForceRecursive"
        }
    }

    /// Options of a volume mount.
    package struct VolumeOptions: Codable, Sendable, Hashable {
        package var noCopy: Bool?
        package var labels: [String: String]?
        package var subpath: String?

        /// Creates volume options.
        package init(noCopy: Bool? = nil, labels: [String: String]? = nil, subpath: String? = nil) {
            self.noCopy = noCopy
            self.labels = labels
            self.subpath = subpath
        }

        enum CodingKeys: String, CodingKey { case noCopy = "NoCopy", labels = "Labels", subpath = "Subpath" }
    }

    /// Options of a tmpfs mount.
    package struct TmpfsOptions: Codable, Sendable, Hashable {
        package var sizeBytes: Int64?
        package var mode: Int?

        /// Creates tmpfs options.
        package init(sizeBytes: Int64? = nil, mode: Int? = nil) {
            self.sizeBytes = sizeBytes
            self.mode = mode
        }

        enum CodingKeys: String, CodingKey { case sizeBytes = "SizeBytes", mode = "Mode" }
    }

    /// Options of an image mount.
    package struct ImageOptions: Codable, Sendable, Hashable {
        package var subpath: String?

        /// Creates image options.
        package init(subpath: String? = nil) {
            self.subpath = subpath
        }

        enum CodingKeys: String, CodingKey { case subpath = "Subpath" }
    }
}
