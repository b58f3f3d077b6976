import ComposeModel
import EngineAPI
import Planner
import Testing

@testable import Runner

@Suite struct BlueprintBuilderTests {
    let linux = Daemon(role: .linux, engine: FakeEngine(subnet: "10.1"), facts: DaemonFacts(os: .linux), address: "fake")
    let windows = Daemon(role: .windows, engine: FakeEngine(subnet: "10.2"), facts: DaemonFacts(os: .windows), address: "fake")
    let standIn = Daemon(
        role: .windows, engine: FakeEngine(subnet: "10.3"), facts: DaemonFacts(os: .linux), address: "fake", isStandIn: true)

    func project(_ service: Service) -> Project {
        var project = Project(name: "demo", workingDirectory: "/srv/demo", composeFiles: ["/srv/demo/compose.yaml"])
        project.services[service.name] = service
        return project
    }

    @Test("the container is named <project>-<service>-<n> and carries Compose's labels and mixcompose's own")
    func nameAndLabels() throws {
        var service = Service(name: "web")
        service.image = "nginx"
        service.labels = ["team": "a"]
        service.dependsOn = ["db": Service.Dependency(condition: .healthy, restart: true)]
        var context = BlueprintContext(project: project(service), daemon: linux)
        context.peers = ["api": "198.18.2.5"]
        let blueprint = try BlueprintBuilder.blueprint(for: service, in: context)
        #expect(blueprint.name == "demo-web-1")
        let labels = try #require(blueprint.request.labels)
        #expect(labels["com.docker.compose.project"] == "demo")
        #expect(labels["com.docker.compose.service"] == "web")
        #expect(labels["com.docker.compose.container-number"] == "1")
        #expect(labels["com.docker.compose.oneoff"] == "False")
        #expect(labels["com.docker.compose.depends_on"] == "db:service_healthy:true")
        #expect(labels["com.docker.compose.project.config_files"] == "/srv/demo/compose.yaml")
        #expect(labels["io.mixcompose.role"] == "linux")
        #expect(labels["io.mixcompose.peers"] == "api=198.18.2.5")
        #expect(labels["io.mixcompose.config-hash"] == blueprint.hash)
        #expect(labels["com.docker.compose.config-hash"] == blueprint.hash, "without Compose's hash input, mixcompose's own")
        #expect(labels["team"] == "a")
    }

    @Test("container_name replaces the generated name and joins the aliases with the service name")
    func containerNameAndAliases() throws {
        var service = Service(name: "web")
        service.containerName = "frontend"
        var network = Service.ServiceNetwork()
        network.aliases = ["www"]
        service.networks = ["front": network]
        let blueprint = try BlueprintBuilder.blueprint(for: service, in: BlueprintContext(project: project(service), daemon: linux))
        #expect(blueprint.name == "frontend")
        #expect(blueprint.request.hostConfig?.networkMode == "demo_front")
        let endpoint = try #require(blueprint.request.networkingConfig?.endpointsConfig["demo_front"])
        #expect(endpoint.aliases == ["frontend", "web", "www"])
    }

    @Test("healthcheck durations become nanoseconds and disable becomes NONE")
    func healthcheck() throws {
        var service = Service(name: "db")
        var check = Service.Healthcheck()
        check.test = ["CMD-SHELL", "pg_isready"]
        check.interval = "1m30s"
        check.timeout = "500ms"
        check.retries = 3
        service.healthcheck = check
        let health = try #require(try BlueprintBuilder.blueprint(for: service, in: BlueprintContext(project: project(service), daemon: linux)).request.healthcheck)
        #expect(health.interval == 90_000_000_000)
        #expect(health.timeout == 500_000_000)
        #expect(health.retries == 3)
        service.healthcheck?.disable = true
        #expect(try BlueprintBuilder.blueprint(for: service, in: BlueprintContext(project: project(service), daemon: linux)).request.healthcheck?.test == ["NONE"])
    }

    @Test("ports, mounts, restart policy, init and resources reach the host config")
    func hostConfig() throws {
        var service = Service(name: "app")
        service.ports = [Service.Port(target: 80, published: "8080", hostIP: "127.0.0.1")]
        service.volumes = [
            Service.ServiceVolume(type: .volume, source: "data", target: "/data"),
            Service.ServiceVolume(type: .bind, source: "/srv/conf", target: "/conf", readOnly: true),
            Service.ServiceVolume(type: .tmpfs, source: nil, target: "/run"),
        ]
        service.restart = "on-failure:3"
        service.initProcess = true
        service.memLimit = 64 * 1024 * 1024
        service.cpus = 0.5
        var project = project(service)
        project.volumes["data"] = Volume(key: "data", name: "demo_data")
        let blueprint = try BlueprintBuilder.blueprint(for: service, in: BlueprintContext(project: project, daemon: linux))
        let host = try #require(blueprint.request.hostConfig)
        #expect(host.portBindings?["80/tcp"] == [HostConfig.PortBinding(hostIP: "127.0.0.1", hostPort: "8080")])
        #expect(blueprint.request.exposedPorts?.keys.sorted() == ["80/tcp"])
        #expect(host.binds == ["demo_data:/data:rw", "/srv/conf:/conf:ro"])
        #expect(host.mounts?.map { "\($0.type) \($0.source ?? "-") \($0.target)" } == ["tmpfs - /run"])
        #expect(host.restartPolicy == HostConfig.RestartPolicy(name: "on-failure", maximumRetryCount: 3))
        #expect(host.`init` == true)
        #expect(host.memory == Int64(67_108_864))
        #expect(host.nanoCpus == 500_000_000)
    }

    @Test("injected values win over the service's own and hosts entries are set only where they work")
    func injection() throws {
        var service = Service(name: "client")
        service.environment = ["API_HOST": "old", "MODE": "x", "UNSET": nil]
        service.extraHosts = ["gateway=10.0.0.1"]
        var context = BlueprintContext(project: project(service), daemon: linux)
        context.injectedEnv = ["API_HOST": "198.18.2.7"]
        context.injectedHosts = ["api:198.18.2.7"]
        let onLinux = try BlueprintBuilder.blueprint(for: service, in: context)
        #expect(onLinux.request.env == ["API_HOST=198.18.2.7", "MODE=x", "UNSET"])
        #expect(onLinux.request.hostConfig?.extraHosts == ["gateway:10.0.0.1", "api:198.18.2.7"])
        context.daemon = windows
        let onWindows = try BlueprintBuilder.blueprint(for: service, in: context)
        #expect(onWindows.request.hostConfig?.extraHosts == ["gateway:10.0.0.1"])
        #expect(onWindows.hash != onLinux.hash)
    }

    @Test("the CLI's proxy variables come first, the service's environment overrides them, injected values win")
    func proxies() throws {
        var service = Service(name: "client")
        service.environment = ["no_proxy": "own", "API_HOST": "mine"]
        var context = BlueprintContext(project: project(service), daemon: linux)
        context.proxyEnv = ["NO_PROXY": "cli", "no_proxy": "cli", "API_HOST": "cli"]
        context.injectedEnv = ["API_HOST": "198.18.2.7"]
        #expect(try BlueprintBuilder.blueprint(for: service, in: context).request.env == ["API_HOST=198.18.2.7", "NO_PROXY=cli", "no_proxy=own"])
    }

    @Test("the platform goes to a real daemon but never to the windows stand-in")
    func platform() throws {
        let service = Service(name: "web")
        #expect(try BlueprintBuilder.blueprint(for: service, in: BlueprintContext(project: project(service), daemon: windows)).platform == "windows")
        #expect(try BlueprintBuilder.blueprint(for: service, in: BlueprintContext(project: project(service), daemon: standIn)).platform == nil)
        #expect(try BlueprintBuilder.blueprint(for: service, in: BlueprintContext(project: project(service), daemon: linux)).platform == "linux")
    }

    @Test("equal services give equal hashes; any change gives another")
    func hashIsStable() throws {
        var service = Service(name: "web")
        service.environment = ["A": "1", "B": "2"]
        let context = BlueprintContext(project: project(service), daemon: linux)
        let first = try BlueprintBuilder.blueprint(for: service, in: context).hash
        #expect(try BlueprintBuilder.blueprint(for: service, in: context).hash == first)
        service.environment["B"] = "3"
        #expect(try BlueprintBuilder.blueprint(for: service, in: context).hash != first)
    }

    @Test("project networks get nat on a windows daemon, bridge on linux and on the stand-in, unless set")
    func networkDrivers() {
        let resources = ProjectResources(project: Project(name: "demo", workingDirectory: "/"), sink: RecordingSink(), dryRun: false)
        var network = Network(key: "default", name: "demo_default")
        #expect(resources.request(for: network, on: windows).driver == "nat")
        #expect(resources.request(for: network, on: standIn).driver == "bridge")
        #expect(resources.request(for: network, on: linux).driver == "bridge")
        #expect(resources.request(for: network, on: linux).labels?["com.docker.compose.network"] == "default")
        network.driver = "transparent"
        #expect(resources.request(for: network, on: windows).driver == "transparent")
    }

    @Test("com.docker.compose.config-hash is Compose's hash of the planned service; io.mixcompose.config-hash stays mixcompose's")
    func composeHashLabel() throws {
        var service = Service(name: "db")
        service.image = "postgres"
        var context = BlueprintContext(project: project(service), daemon: linux)
        context.composeHashInput = #"{"command":null,"entrypoint":null,"image":"postgres","networks":{"default":null}}"#
        let blueprint = try BlueprintBuilder.blueprint(for: service, in: context)
        let labels = try #require(blueprint.request.labels)
        #expect(labels["com.docker.compose.config-hash"] == "d336b89da15d6ff8463a4cf94316f13525409249eedb1b1d6f5e7cae3d7d8e60")
        #expect(labels["io.mixcompose.config-hash"] == blueprint.hash)
    }
}
