import YAML

extension Service {
    /// One mount in long form (`volumes:`).
    package struct ServiceVolume: Sendable, Hashable {
        package enum Kind: String, Sendable, Hashable {
            case bind, volume, tmpfs, npipe, cluster, image
        }

        package var mark: Mark = .none
        package var type: Kind
        /// Host path (bind), volume name, pipe or image; nil for anonymous volumes and tmpfs.
        package var source: String?
        package var target: String
        package var readOnly: Bool?
        package var consistency: String?
        /// Bind options; `createHostPath` is non-nil whenever a `bind:` section is written.
        package var propagation: String?
        package var createHostPath: Bool?
        package var selinux: String?
        package var recursive: String?
        /// Volume options; `noCopy` is non-nil whenever a `volume:` section is written.
        package var noCopy: Bool?
        package var subpath: String?
        package var volumeLabels: [String: String] = [:]
        /// Tmpfs options.
        package var tmpfsSize: Int64?
        package var tmpfsMode: Int?
        /// Image options.
        package var imageSubpath: String?

        package init(type: Kind, source: String?, target: String, readOnly: Bool? = nil, mark: Mark = .none) {
            self.type = type
            self.source = source
            self.target = target
            self.readOnly = readOnly
            self.mark = mark
        }
    }

    /// A secret or config made available to the service (`secrets:` / `configs:` long form).
    package struct FileReference: Sendable, Hashable {
        package var mark: Mark = .none
        package var source: String
        package var target: String?
        package var uid: String?
        package var gid: String?
        /// File mode as Compose prints it (`"0440"`).
        package var mode: String?

        package init(source: String, target: String? = nil, mark: Mark = .none) {
            self.source = source
            self.target = target
            self.mark = mark
        }
    }

    /// One `devices:` entry in long form.
    package struct Device: Sendable, Hashable {
        package var mark: Mark = .none
        package var source: String
        package var target: String
        package var permissions: String

        package init(source: String, target: String, permissions: String = "rwm", mark: Mark = .none) {
            self.source = source
            self.target = target
            self.permissions = permissions
            self.mark = mark
        }
    }
}
