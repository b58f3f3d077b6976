/// A container healthcheck; durations are nanoseconds, 0 meaning "inherit from the image".
package struct HealthConfig: Codable, Sendable, Hashable {
    /// `[]` inherit, `["NONE"]` disable, `["CMD", …]` or `["CMD-SHELL", "command"]`.
    package var test: [String]?
    package var interval: Int64?
    package var timeout: Int64?
    package var retries: Int?
    package var startPeriod: Int64?
    /// API 1.44 and later.
    package var startInterval: Int64?

    /// Creates a healthcheck; unset fields are not sent.
    package init(
        test: [String]? = nil, interval: Int64? = nil, timeout: Int64? = nil, retries: Int? = nil,
        startPeriod: Int64? = nil, startInterval: Int64? = nil
    ) {
        self.test = test
        self.interval = interval
        self.timeout = timeout
        self.retries = retries
        self.startPeriod = startPeriod
        self.startInterval = startInterval
    }

    enum CodingKeys: String, CodingKey {
        case test = "Test", interval = "Interval", timeout = "Timeout", retries = "Retries"
        case startPeriod = "StartPeriod", startInterval = "StartInterval"
    }
}
