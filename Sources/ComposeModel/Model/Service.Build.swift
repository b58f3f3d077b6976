import YAML

extension Service {
    /// `build:` in long form; `context` is absolute unless it is a URL or `service:` reference.
    package struct Build: Sendable, Hashable {
        package var mark: Mark = .none
        package var context: String?
        package var dockerfile: String?
        package var dockerfileInline: String?
        package var args: [String: String?] = [:]
        package var ssh: [String] = []
        package var labels: [String: String] = [:]
        package var cacheFrom: [String] = []
        package var cacheTo: [String] = []
        package var noCache: Bool?
        package var additionalContexts: [String: String] = [:]
        package var network: String?
        package var pull: Bool?
        package var target: String?
        package var shmSize: Int64?
        package var extraHosts: [String] = []
        package var isolation: String?
        package var privileged: Bool?
        package var secrets: [FileReference] = []
        package var tags: [String] = []
        package var ulimits: [String: Ulimit] = [:]
        package var platforms: [String] = []
        package var entitlements: [String] = []

        package init() {}
    }

    /// One `env_file` entry.
    package struct EnvFile: Sendable, Hashable {
        package var path: String
        package var required: Bool
        /// `raw` takes values verbatim; nil is the default dotenv format.
        package var format: String?
        package var mark: Mark = .none

        package init(path: String, required: Bool = true, format: String? = nil, mark: Mark = .none) {
            self.path = path
            self.required = required
            self.format = format
            self.mark = mark
        }
    }

    /// `provider:`: a service implemented by an external binary rather than a container.
    package struct Provider: Sendable, Hashable {
        package var type: String
        package var options: [String: [String]] = [:]
    }

    /// A service's use of a top-level model (`models:`).
    package struct ServiceModel: Sendable, Hashable {
        package var endpointVariable: String?
        package var modelVariable: String?
    }
}
