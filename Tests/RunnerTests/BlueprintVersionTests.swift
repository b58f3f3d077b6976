import ComposeModel
import EngineAPI
import Planner
import Testing

@testable import Runner

/// What `BlueprintBuilder` sends where Docker Compose sends it differently by the daemon's API
/// version (the testbed daemons speak 1.41 only, so the newer side is proven here).
@Suite struct BlueprintVersionTests {
    func daemon(_ minor: Int) -> Daemon {
        Daemon(
            role: .linux, engine: FakeEngine(subnet: "10.1"), facts: DaemonFacts(os: .linux, apiVersion: APIVersion(1, minor)),
            address: "fake")
    }

    func context(_ service: Service, api minor: Int) -> BlueprintContext {
        var project = Project(name: "demo", workingDirectory: "/srv/demo", composeFiles: ["/srv/demo/compose.yaml"])
        project.services[service.name] = service
        return BlueprintContext(project: project, daemon: daemon(minor))
    }

    func twoNetworks(primaryMAC: String? = nil, otherMAC: String? = nil) -> Service {
        var service = Service(name: "web")
        var front = Service.ServiceNetwork()
        front.priority = 5
        front.macAddress = primaryMAC
        var back = Service.ServiceNetwork()
        back.macAddress = otherMAC
        back.ipv4Address = "10.9.0.4"
        service.networks = ["front": front, "back": back]
        return service
    }

    @Test("from API 1.44 every network is in the create request and the service MAC moves to the first endpoint")
    func newAPIJoinsAllNetworksAtCreate() throws {
        var service = twoNetworks()
        service.macAddress = "02:00:00:00:00:01"
        let blueprint = try BlueprintBuilder.blueprint(for: service, in: context(service, api: 44))
        let endpoints = try #require(blueprint.request.networkingConfig?.endpointsConfig)
        #expect(endpoints.keys.sorted() == ["demo_back", "demo_front"])
        #expect(blueprint.request.hostConfig?.networkMode == "demo_front")
        #expect(endpoints["demo_front"]?.macAddress == "02:00:00:00:00:01")
        #expect(endpoints["demo_back"]?.ipamConfig?.ipv4Address == "10.9.0.4")
        #expect(blueprint.request.macAddress == nil)
        #expect(blueprint.extraNetworks.isEmpty)
    }

    @Test("before API 1.44 only the first network is given at create, the MAC is container-wide, the rest connect after")
    func oldAPIConnectsTheRestAfterCreate() throws {
        var service = twoNetworks()
        service.macAddress = "02:00:00:00:00:02"
        let blueprint = try BlueprintBuilder.blueprint(for: service, in: context(service, api: 41))
        #expect(blueprint.request.networkingConfig?.endpointsConfig.keys.sorted() == ["demo_front"])
        #expect(blueprint.request.macAddress == "02:00:00:00:00:02")
        #expect(blueprint.extraNetworks.map(\.network) == ["demo_back"])
        #expect(blueprint.extraNetworks.first?.endpoint.ipamConfig?.ipv4Address == "10.9.0.4")
        #expect(blueprint.extraNetworks.first?.endpoint.aliases == ["demo-web-1", "web"])
        let perNetwork = twoNetworks(primaryMAC: "02:00:00:00:00:02")
        #expect(throws: BlueprintError.refused(
            service: "web",
            reason: "\"specify mac-address per network\" requires API version 1.44, but the Docker daemon API version is 1.41")
        ) { try BlueprintBuilder.blueprint(for: perNetwork, in: context(perNetwork, api: 41)) }
    }

    @Test("MAC addresses on two networks need API 1.44; a service MAC must equal the first network's", arguments: [41, 44])
    func macAddressConflicts(api minor: Int) throws {
        let both = twoNetworks(primaryMAC: "02:00:00:00:00:03", otherMAC: "02:00:00:00:00:04")
        if minor < 44 {
            #expect(throws: BlueprintError.refused(
                service: "web",
                reason: "a MAC address is specified for multiple networks (back, front), but this feature requires Docker Engine v25 or later")
            ) { try BlueprintBuilder.blueprint(for: both, in: context(both, api: minor)) }
        } else {
            #expect(throws: Never.self) { try BlueprintBuilder.blueprint(for: both, in: context(both, api: minor)) }
        }
        var mismatched = twoNetworks(primaryMAC: "02:00:00:00:00:05")
        mismatched.macAddress = "02:00:00:00:00:06"
        #expect(throws: BlueprintError.refused(
            service: "web", reason: "the service-level mac_address should have the same value as network front")
        ) { try BlueprintBuilder.blueprint(for: mismatched, in: context(mismatched, api: minor)) }
    }

    @Test("healthcheck start_interval needs API 1.44 and a start_period, as Compose checks")
    func startInterval() throws {
        var service = Service(name: "db")
        var check = Service.Healthcheck()
        check.test = ["CMD", "true"]
        check.startInterval = "2s"
        service.healthcheck = check
        #expect(throws: BlueprintError.refused(
            service: "db", reason: "can't set healthcheck.start_interval as feature require Docker Engine v25 or later")
        ) { try BlueprintBuilder.blueprint(for: service, in: context(service, api: 41)) }
        #expect(throws: BlueprintError.refused(
            service: "db", reason: "healthcheck.start_interval requires healthcheck.start_period to be set")
        ) { try BlueprintBuilder.blueprint(for: service, in: context(service, api: 44)) }
        service.healthcheck?.startPeriod = "10s"
        let health = try BlueprintBuilder.blueprint(for: service, in: context(service, api: 44)).request.healthcheck
        #expect(health?.startInterval == 2_000_000_000)
    }

    @Test("interface_name needs API 1.49 and image volumes API 1.48; both are refused below")
    func newerFieldsAreRefused() throws {
        var named = twoNetworks()
        named.networks["front"]??.interfaceName = "eth7"
        #expect(throws: BlueprintError.refused(service: "web", reason: "interface_name requires Docker Engine v28.1 or later")) {
            try BlueprintBuilder.blueprint(for: named, in: context(named, api: 47))
        }
        var image = Service(name: "app")
        image.volumes = [Service.ServiceVolume(type: .image, source: "data:latest", target: "/data")]
        #expect(throws: BlueprintError.refused(service: "app", reason: "volume with type=image require Docker Engine v28 or later")) {
            try BlueprintBuilder.blueprint(for: image, in: context(image, api: 47))
        }
    }

    @Test("annotations before API 1.43 and gw_priority before 1.48 are sent but warned about, since the daemon drops them")
    func droppedFieldsWarn() throws {
        var service = twoNetworks()
        service.annotations = ["a": "b"]
        service.networks["back"]??.gwPriority = 3
        let old = try BlueprintBuilder.blueprint(for: service, in: context(service, api: 41))
        #expect(old.request.hostConfig?.annotations == ["a": "b"])
        #expect(old.warnings.count == 2)
        #expect(old.warnings.first?.contains("annotations need API 1.43") == true)
        let new = try BlueprintBuilder.blueprint(for: service, in: context(service, api: 47))
        #expect(new.warnings.count == 1)
        #expect(new.request.networkingConfig?.endpointsConfig["demo_back"]?.gwPriority == 3)
    }
}
