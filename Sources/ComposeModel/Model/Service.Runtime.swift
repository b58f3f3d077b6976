import YAML

extension Service {
    /// One `ulimits` entry: a single value or a soft/hard pair.
    package struct Ulimit: Sendable, Hashable {
        package var single: Int64?
        package var soft: Int64?
        package var hard: Int64?

        package init(single: Int64? = nil, soft: Int64? = nil, hard: Int64? = nil) {
            self.single = single
            self.soft = soft
            self.hard = hard
        }
    }

    /// `logging:`.
    package struct Logging: Sendable, Hashable {
        package var driver: String?
        package var options: [String: String?] = [:]
    }

    /// `credential_spec:` (Windows gMSA).
    package struct CredentialSpec: Sendable, Hashable {
        package var config: String?
        package var file: String?
        package var registry: String?
    }

    /// `blkio_config:`, weights and per-device limits.
    package struct BlkioConfig: Sendable, Hashable {
        package struct DeviceLimit: Sendable, Hashable {
            package var path: String
            package var rate: Int64?
            package var weight: Int64?
        }

        package var weight: Int64?
        package var weightDevice: [DeviceLimit] = []
        package var deviceReadBps: [DeviceLimit] = []
        package var deviceReadIOps: [DeviceLimit] = []
        package var deviceWriteBps: [DeviceLimit] = []
        package var deviceWriteIOps: [DeviceLimit] = []
    }

    /// A device request (`gpus:` or `deploy.resources.reservations.devices`); count -1 means all.
    package struct DeviceRequest: Sendable, Hashable {
        package var capabilities: [String] = []
        package var driver: String?
        package var count: Int64?
        package var deviceIDs: [String] = []
        package var options: [String: String] = [:]
    }
}
