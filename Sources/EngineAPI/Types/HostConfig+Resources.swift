extension HostConfig {
    /// A request for devices from a driver (`nvidia`, `cdi`, …): GPUs and other generic devices.
    package struct DeviceRequest: Codable, Sendable, Hashable {
        package var driver: String
        /// `-1` asks for every device; with `deviceIDs` set it is left at 0.
        package var count: Int64
        package var deviceIDs: [String]?
        /// Alternatives (OR) of capability sets (AND), such as `[["gpu"]]`.
        package var capabilities: [[String]]?
        package var options: [String: String]?

        /// Creates a request.
        package init(
            driver: String = "", count: Int64 = 0, deviceIDs: [String]? = nil, capabilities: [[String]]? = nil,
            options: [String: String]? = nil
        ) {
            self.driver = driver
            self.count = count
            self.deviceIDs = deviceIDs
            self.capabilities = capabilities
            self.options = options
        }

        enum CodingKeys: String, CodingKey {
            case driver = "Driver", count = "Count", deviceIDs = "DeviceIDs", capabilities = "Capabilities"
            case options = "Options"
        }
    }

    /// A block device's relative I/O weight.
    package struct WeightDevice: Codable, Sendable, Hashable {
        package var path: String
        package var weight: Int

        /// Creates a weight.
        package init(path: String, weight: Int) {
            self.path = path
            self.weight = weight
        }

        enum CodingKeys: String, CodingKey { case path = "Path", weight = "Weight" }
    }

    /// A block device's I/O limit, in bytes or operations per second.
    package struct ThrottleDevice: Codable, Sendable, Hashable {
        package var path: String
        package var rate: Int64

        /// Creates a limit.
        package init(path: String, rate: Int64) {
            self.path = path
            self.rate = rate
        }

        enum CodingKeys: String, CodingKey { case path = "Path", rate = "Rate" }
    }
}
