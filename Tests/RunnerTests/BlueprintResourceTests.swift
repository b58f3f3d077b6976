import Foundation
import EngineAPI
import Planner
import Testing

@testable import ComposeModel
@testable import Runner

/// The host-config fields Docker Compose fills from a service's resources, restart, security and
/// volumes, with Compose's precedence and forms.
@Suite struct BlueprintResourceTests {
    let linux = Daemon(role: .linux, engine: FakeEngine(subnet: "10.1"), facts: DaemonFacts(os: .linux), address: "fake")

    func host(_ service: Service, volumes: [String: ComposeModel.Volume] = [:], directory: String = "/srv/demo") throws -> HostConfig {
        var project = Project(name: "demo", workingDirectory: directory, composeFiles: [directory + "/compose.yaml"])
        project.services[service.name] = service
        project.volumes = volumes
        return try #require(try BlueprintBuilder.blueprint(for: service, in: BlueprintContext(project: project, daemon: linux)).request.hostConfig)
    }

    @Test("deploy.resources limits and reservations win over mem_limit, cpus and pids_limit")
    func deployWins() throws {
        var service = Service(name: "app")
        service.memLimit = 64
        service.cpus = 0.25
        service.pidsLimit = 50
        service.memReservation = 8
        var deploy = Service.Deploy()
        var limits = Service.Deploy.Resources.Limits()
        limits.memory = 48
        limits.cpus = 0.75
        limits.pids = 60
        var reservations = Service.Deploy.Resources.Limits()
        reservations.memory = 16
        deploy.resources.limits = limits
        deploy.resources.reservations = reservations
        service.deploy = deploy
        let config = try host(service)
        #expect(config.memory == 48)
        #expect(config.nanoCpus == 750_000_000)
        #expect(config.pidsLimit == 60)
        #expect(config.memoryReservation == 16)
        #expect(config.oomKillDisable == false)
    }

    @Test("the fields issue 9 found dropped reach the host config")
    func formerlyDropped() throws {
        var service = Service(name: "app")
        service.oomScoreAdj = 200
        service.cpuQuota = 50_000
        service.cpuPeriod = 100_000
        service.cpuRTPeriod = 1_000_000
        service.cpuRTRuntime = 950_000
        service.cpuCount = 2
        service.cpuPercent = 50
        service.memSwappiness = 10
        service.uts = "host"
        service.userNSMode = "host"
        service.cgroupParent = "parity"
        service.cgroup = "private"
        service.deviceCgroupRules = ["c 1:3 mr"]
        var blkio = Service.BlkioConfig()
        blkio.weight = 300
        blkio.deviceReadBps = [Service.BlkioConfig.DeviceLimit(path: "/dev/sda", rate: 1024)]
        service.blkioConfig = blkio
        let config = try host(service)
        #expect(config.oomScoreAdj == 200)
        #expect(config.cpuQuota == 50_000 && config.cpuPeriod == 100_000)
        #expect(config.cpuRealtimePeriod == 1_000_000 && config.cpuRealtimeRuntime == 950_000)
        #expect(config.cpuCount == 2 && config.cpuPercent == 5_000)
        #expect(config.memorySwappiness == 10)
        #expect(config.utsMode == "host" && config.usernsMode == "host")
        #expect(config.cgroupParent == "parity" && config.cgroupnsMode == "private")
        #expect(config.deviceCgroupRules == ["c 1:3 mr"])
        #expect(config.blkioWeight == 300)
        #expect(config.blkioDeviceReadBps == [HostConfig.ThrottleDevice(path: "/dev/sda", rate: 1024)])
    }

    @Test("gpus, device reservations and CDI device names become device requests, in Compose's order")
    func deviceRequests() throws {
        var service = Service(name: "gpu")
        var gpu = Service.DeviceRequest()
        gpu.count = -1
        service.gpus = [gpu]
        service.devices = [
            Service.Device(source: "vendor.example/gpu=first", target: "vendor.example/gpu=first"),
            Service.Device(source: "/dev/null", target: "/dev/parity-null", permissions: "rw"),
        ]
        var reservation = Service.DeviceRequest()
        reservation.driver = "nvidia"
        reservation.count = 1
        reservation.capabilities = ["gpu", "compute"]
        var deploy = Service.Deploy()
        var reservations = Service.Deploy.Resources.Limits()
        reservations.devices = [reservation]
        deploy.resources.reservations = reservations
        service.deploy = deploy
        let config = try host(service)
        #expect(config.deviceRequests == [
            HostConfig.DeviceRequest(driver: "nvidia", count: 1, capabilities: [["gpu", "compute"]]),
            HostConfig.DeviceRequest(driver: "cdi", deviceIDs: ["vendor.example/gpu=first"]),
            HostConfig.DeviceRequest(count: -1, capabilities: [["gpu"]]),
        ])
        #expect(config.devices == [HostConfig.DeviceMapping(pathOnHost: "/dev/null", pathInContainer: "/dev/parity-null", cgroupPermissions: "rw")])
    }

    @Test("logging options without a driver are sent for the daemon's default driver, as Compose sends them")
    func loggingWithoutDriver() throws {
        var service = Service(name: "app")
        service.logging = Service.Logging(driver: nil, options: ["max-size": "1m"])
        #expect(try host(service).logConfig == HostConfig.LogConfig(type: "", config: ["max-size": "1m"]))
    }

    @Test("deploy.restart_policy wins over restart, with Compose's condition names")
    func restartPolicy() throws {
        var service = Service(name: "app")
        service.restart = "unless-stopped"
        #expect(try host(service).restartPolicy == HostConfig.RestartPolicy(name: "unless-stopped", maximumRetryCount: 0))
        var deploy = Service.Deploy()
        deploy.restartPolicy = Service.Deploy.RestartPolicy(condition: "any", maxAttempts: 2)
        service.deploy = deploy
        #expect(try host(service).restartPolicy == HostConfig.RestartPolicy(name: "always", maximumRetryCount: 2))
    }

    @Test("systempaths=unconfined empties the masked paths and a seccomp profile file is sent inline, compacted")
    func securityOptions() throws {
        let directory = NSTemporaryDirectory() + "mxc-parity-seccomp-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data("{\n  \"defaultAction\": \"SCMP_ACT_ALLOW\",\n  \"x\": \"a b\"\n}\n".utf8).write(to: URL(fileURLWithPath: directory + "/profile.json"))
        var service = Service(name: "app")
        service.securityOpt = ["systempaths=unconfined", "seccomp=profile.json", "no-new-privileges"]
        let config = try host(service, directory: directory)
        #expect(config.maskedPaths == [] && config.readonlyPaths == [])
        #expect(config.securityOpt == [#"seccomp={"defaultAction":"SCMP_ACT_ALLOW","x":"a b"}"#, "no-new-privileges"])
        service.securityOpt = ["bogus"]
        #expect(throws: BlueprintError.refused(service: "app", reason: "invalid security-opt: \"bogus\"")) {
            try host(service, directory: directory)
        }
    }

    @Test("binds and named volumes without options go to Binds; options the strings cannot carry go to Mounts")
    func bindsAndMounts() throws {
        var service = Service(name: "app")
        var created = Service.ServiceVolume(type: .bind, source: "/srv/data", target: "/data", readOnly: true)
        created.createHostPath = true
        created.selinux = "z"
        var strict = Service.ServiceVolume(type: .bind, source: "/srv/data", target: "/strict")
        strict.createHostPath = false
        var nocopy = Service.ServiceVolume(type: .volume, source: "cache", target: "/cache")
        nocopy.noCopy = true
        service.volumes = [
            created, strict, Service.ServiceVolume(type: .volume, source: "cache", target: "/named"), nocopy,
            Service.ServiceVolume(type: .volume, source: nil, target: "/anonymous"),
        ]
        let config = try host(service, volumes: ["cache": ComposeModel.Volume(key: "cache", name: "demo_cache")])
        #expect(config.binds == ["/srv/data:/data:ro,z", "demo_cache:/named:rw"])
        #expect(config.mounts?.map { $0.target } == ["/strict", "/cache", "/anonymous"])
        #expect(config.mounts?.first?.bindOptions == Mount.BindOptions())
        var labelled = Service.ServiceVolume(type: .volume, source: "cache", target: "/labelled")
        labelled.volumeLabels = ["purpose": "parity"]
        var writable = Service.ServiceVolume(type: .bind, source: "/srv/data", target: "/recursive")
        writable.recursive = "writable"
        service.volumes = [labelled, writable]
        let options = try host(service, volumes: ["cache": ComposeModel.Volume(key: "cache", name: "demo_cache")])
        #expect(options.binds == nil)
        #expect(options.mounts?.first?.volumeOptions?.labels == ["purpose": "parity"])
        #expect(options.mounts?.last?.bindOptions?.readOnlyNonRecursive == true)
    }
}
