import ComposeModel
import Testing

@testable import Planner

@Suite struct SwarmPlacementTests {
    typealias F = SwarmFixture

    static let mixed = """
        services:
          app:
            image: mcr.microsoft.com/dotnet/framework/aspnet:4.8
            platform: windows/amd64
            depends_on: [db]
            ports: ["8080:80"]
          db:
            image: postgres
            ports: ["5432:5432"]
            deploy: {placement: {constraints: ["node.role==manager", "node.platform.os==linux"]}}
          cache:
            image: redis
            x-mixcompose: {peers: []}
          proxy:
            image: nginx
            depends_on: [app]
            deploy: {endpoint_mode: vip}
        """

    @Test("each service is placed on its planned OS, merged with the file's constraints without duplicates")
    func osConstraints() throws {
        let stack = try F.stack(Self.mixed)
        #expect(F.strings(F.spec(stack, "app", "TaskTemplate.Placement.Constraints")) == ["node.platform.os == windows"])
        #expect(F.strings(F.spec(stack, "db", "TaskTemplate.Placement.Constraints")) == ["node.role==manager", "node.platform.os==linux"])
        #expect(F.strings(F.spec(stack, "proxy", "TaskTemplate.Placement.Constraints")) == ["node.platform.os == linux"])
    }

    @Test("with the stand-in, Windows services select the node label and Linux services keep the platform constraint")
    func standin() throws {
        let stack = try F.stack(Self.mixed, windowsStandin: true)
        #expect(F.strings(F.spec(stack, "app", "TaskTemplate.Placement.Constraints")) == ["node.labels.io.mixcompose.os == windows"])
        #expect(F.strings(F.spec(stack, "proxy", "TaskTemplate.Placement.Constraints")) == ["node.platform.os == linux"])
    }

    @Test("a Linux service a Windows service depends on gets dnsrr and host-mode ports, each with a diagnostic; the file's endpoint_mode wins")
    func dnsrrForWindowsConsumers() throws {
        let stack = try F.stack(Self.mixed)
        #expect(F.spec(stack, "db", "EndpointSpec.Mode") == .string("dnsrr"))
        #expect(F.spec(stack, "db", "EndpointSpec.Ports.0.PublishMode") == .string("host"))
        #expect(F.spec(stack, "app", "EndpointSpec.Mode") == nil)
        #expect(F.spec(stack, "app", "EndpointSpec.Ports.0.PublishMode") == .string("ingress"))
        #expect(F.spec(stack, "proxy", "EndpointSpec.Mode") == .string("vip"))
        #expect(F.codes(stack, service: "db") == ["MXC703", "MXC704"])
        let message = stack.diagnostics.items.first { $0.code == "MXC703" }?.message ?? ""
        #expect(message.contains("app") && message.contains("moby/moby#41354"))
        #expect(F.codes(stack, service: "cache").isEmpty)
    }

    @Test("without a routing mesh every service is dnsrr and every port host mode, one diagnostic each")
    func noRoutingMesh() throws {
        let stack = try F.stack(Self.mixed, routingMesh: false)
        for service in ["app", "cache", "db", "proxy"] {
            #expect(F.spec(stack, service, "EndpointSpec.Mode") == .string("dnsrr"))
            #expect(F.codes(stack, service: service).filter { $0 == "MXC703" }.count == 1)
        }
        #expect(F.spec(stack, "app", "EndpointSpec.Ports.0.PublishMode") == .string("host"))
        #expect(F.codes(stack, service: "app").filter { $0 == "MXC704" }.count == 1)
    }

    @Test("an injected peer variable names the peer's service, its alias on the stack's networks")
    func injectedPeers() throws {
        let stack = try F.stack(Self.mixed)
        #expect(F.strings(F.spec(stack, "app", "TaskTemplate.ContainerSpec.Env")) == ["DB_HOST=db"])
        #expect(F.strings(F.spec(stack, "proxy", "TaskTemplate.ContainerSpec.Env")) == ["APP_HOST=app"])
    }

    @Test("ports are sorted by published port, with protocol and mode; an unpublished port has no published port")
    func ports() throws {
        let stack = try F.stack("""
            services:
              a: {image: nginx, ports: ["9000:90/udp", "8000:80", {target: 70, mode: host}]}
            """)
        #expect(F.spec(stack, "a", "EndpointSpec.Ports") == .array([
            .object([("Protocol", .string("tcp")), ("TargetPort", .int(70)), ("PublishMode", .string("host"))]),
            .object([("Protocol", .string("tcp")), ("TargetPort", .int(80)), ("PublishedPort", .int(8000)), ("PublishMode", .string("ingress"))]),
            .object([("Protocol", .string("udp")), ("TargetPort", .int(90)), ("PublishedPort", .int(9000)), ("PublishMode", .string("ingress"))]),
        ]))
    }

    @Test("services come wave by wave, by name within a wave, with their dependencies' conditions")
    func waves() throws {
        let stack = try F.stack("""
            services:
              web: {image: nginx, depends_on: {api: {condition: service_healthy}, cache: {condition: service_started}}}
              api: {image: busybox, depends_on: {migrate: {condition: service_completed_successfully}}}
              migrate: {image: busybox}
              cache: {image: redis}
            """)
        #expect(stack.services.map(\.service) == ["cache", "migrate", "api", "web"])
        #expect(stack.services.map(\.wave) == [0, 0, 1, 2])
        #expect(stack.services.last?.dependencies == [
            SwarmDependency(service: "api", condition: .healthy), SwarmDependency(service: "cache", condition: .started),
        ])
        #expect(stack.services[2].dependencies == [SwarmDependency(service: "migrate", condition: .completed)])
    }
}
