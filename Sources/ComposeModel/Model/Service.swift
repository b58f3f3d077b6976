import YAML

/// One service of the Compose Specification, in canonical (long) form. Optional fields are nil
/// when the file does not set them; `fieldMarks` says where each field's key was written, so
/// diagnostics can point at `platform:` rather than at the service.
package struct Service: Sendable {
    package var name: String
    /// Where the service's key is written.
    package var mark: Mark
    /// Mark of each field's key as written (`"platform"`, `"ports"`, …).
    package var fieldMarks: [String: Mark] = [:]
    /// `x-*` fields of the service (`x-mixcompose` among them).
    package var extensions: [String: Node] = [:]

    // What to run.
    package var image: String?
    package var build: Build?
    package var platform: String?
    package var pullPolicy: String?
    package var pullRefreshAfter: String?
    package var command: [String]?
    package var entrypoint: [String]?
    package var workingDir: String?
    package var user: String?
    package var environment: [String: String?] = [:]
    /// Env files as written; after loading their content is already folded into `environment`.
    package var envFiles: [EnvFile] = []
    package var labels: [String: String] = [:]
    package var labelFiles: [String] = []
    package var annotations: [String: String] = [:]
    package var profiles: [String] = []
    package var provider: Provider?
    package var models: [String: ServiceModel] = [:]

    // Identity.
    package var containerName: String?
    package var hostname: String?
    package var domainname: String?
    package var macAddress: String?

    // Dependencies and lifecycle.
    package var dependsOn: [String: Dependency] = [:]
    package var links: [String] = []
    package var externalLinks: [String] = []
    package var volumesFrom: [String] = []
    package var healthcheck: Healthcheck?
    package var restart: String?
    package var scale: Int?
    package var deploy: Deploy?
    package var stopSignal: String?
    package var stopGracePeriod: String?
    package var postStart: [Hook] = []
    package var preStop: [Hook] = []
    package var attach: Bool?
    package var develop: Develop?

    // Networking.
    package var networkMode: String?
    package var networks: [String: ServiceNetwork?] = [:]
    package var ports: [Port] = []
    package var expose: [String] = []
    package var extraHosts: [String] = []
    package var dns: [String] = []
    package var dnsOpt: [String] = []
    package var dnsSearch: [String] = []

    // Storage.
    package var volumes: [ServiceVolume] = []
    package var tmpfs: [String] = []
    package var secrets: [FileReference] = []
    package var configs: [FileReference] = []
    package var storageOpt: [String: String] = [:]

    // Security and isolation.
    package var privileged: Bool?
    package var readOnly: Bool?
    package var capAdd: [String] = []
    package var capDrop: [String] = []
    package var securityOpt: [String] = []
    package var credentialSpec: CredentialSpec?
    package var isolation: String?
    package var devices: [Device] = []
    package var deviceCgroupRules: [String] = []
    package var groupAdd: [String] = []
    package var userNSMode: String?
    package var useAPISocket: Bool?

    // Kernel namespaces and runtime.
    package var ipc: String?
    package var pid: String?
    package var uts: String?
    package var cgroup: String?
    package var cgroupParent: String?
    package var runtime: String?
    package var initProcess: Bool?
    package var tty: Bool?
    package var stdinOpen: Bool?
    package var sysctls: [String: String] = [:]
    package var ulimits: [String: Ulimit] = [:]
    package var logging: Logging?

    // Resources.
    package var cpuCount: Int64?
    package var cpuPercent: Double?
    package var cpuShares: Int64?
    package var cpuQuota: Int64?
    package var cpuPeriod: Int64?
    package var cpuRTPeriod: Int64?
    package var cpuRTRuntime: Int64?
    package var cpus: Double?
    package var cpuset: String?
    package var memLimit: Int64?
    package var memReservation: Int64?
    package var memSwappiness: Int64?
    package var memswapLimit: Int64?
    package var shmSize: Int64?
    package var pidsLimit: Int64?
    package var oomKillDisable: Bool?
    package var oomScoreAdj: Int64?
    package var blkioConfig: BlkioConfig?
    package var gpus: [DeviceRequest] = []

    package init(name: String, mark: Mark = .none) {
        self.name = name
        self.mark = mark
    }

    /// The mark of `field`'s key, or the service's own mark when the field was not written.
    package func mark(of field: String) -> Mark {
        fieldMarks[field] ?? mark
    }
}
