import ComposeModel
import Testing

@testable import Planner

@Suite struct PeerInjectionTests {
    private let mixed = """
        services:
          db: {image: postgres, platform: linux/amd64}
          cache: {image: redis, platform: linux/amd64}
          iis: {image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022}
          app:
            image: mcr.microsoft.com/dotnet/framework/aspnet:4.8
            depends_on: {db: {condition: service_healthy, required: true}, iis: {condition: service_started, required: true}}
          proxy:
            image: nginx
            links: [iis]
            depends_on: {cache: {condition: service_started, required: true}}
        """

    @Test("a same-daemon peer's variable names the peer; a cross-daemon one is the address placeholder")
    func sameAndCrossDaemonValues() throws {
        let plan = try Fixture.plan(mixed)
        let app = try #require(plan.service(named: "app"))
        #expect(app.inject.env == ["DB_HOST": .peerAddress(service: "db"), "IIS_HOST": .literal("iis")])
        #expect(app.inject.hosts == ["db"], "written into the Windows container's hosts file")
        #expect(app.createAfterStarted == ["db"])
        let proxy = try #require(plan.service(named: "proxy"))
        #expect(proxy.inject.env == ["CACHE_HOST": .literal("cache"), "IIS_HOST": .peerAddress(service: "iis")])
        #expect(proxy.inject.hosts == ["iis"])
        #expect(proxy.createAfterStarted == ["iis"])
        #expect(InjectedValue.peerAddress(service: "iis").rendered == "${mixcompose:peer-address:iis}")
    }

    @Test(
        "peer variable names are upper-cased with every other character turned into an underscore",
        arguments: [("db", "DB_HOST"), ("my-db.v2", "MY_DB_V2_HOST"), ("Api_1", "API_1_HOST"), ("café", "CAF__HOST")])
    func variableNames(service: String, variable: String) {
        #expect(PeerInjection.variableName(for: service) == variable)
    }

    @Test("a variable the user sets is never overwritten, and a diagnostic says so unless the values agree")
    func userValuesWin() throws {
        let plan = try Fixture.plan(
            """
            services:
              db: {image: postgres}
              cache: {image: redis}
              api:
                image: api
                environment: {DB_HOST: db.internal, CACHE_HOST: cache}
                depends_on: {db: {condition: service_started, required: true}, cache: {condition: service_started, required: true}}
            """)
        #expect(plan.service(named: "api")?.inject.env == [:])
        #expect(
            plan.diagnostics.items.map(\.message) == [
                "DB_HOST is set by the service ('db.internal'), so mixcompose does not inject db's name"
            ])
        #expect(Fixture.codes(plan) == ["MXC120"])
    }

    @Test("x-mixcompose.peers asks for addresses of services the service does not depend on")
    func requestedPeers() throws {
        let plan = try Fixture.plan(
            """
            services:
              metrics: {image: prom/prometheus}
              agent: {image: mcr.microsoft.com/windows/nanoserver:ltsc2022}
              web:
                image: nginx
                x-mixcompose: {peers: [agent, metrics]}
            """)
        let web = try #require(plan.service(named: "web"))
        #expect(web.inject.env == ["AGENT_HOST": .peerAddress(service: "agent"), "METRICS_HOST": .literal("metrics")])
        #expect(web.inject.hosts == ["agent"])
        #expect(web.dependsOn == [])
        #expect(web.createAfterStarted == ["agent"])
        #expect(plan.waves == [["agent", "metrics"], ["web"]], "only the cross-daemon peer orders the start")
        #expect(plan.edges.map(\.kinds) == [[.peer]])
    }

    @Test("two peers that map to one variable keep the first by name and warn")
    func variableCollision() throws {
        let plan = try Fixture.plan(
            """
            services:
              my-db: {image: postgres}
              my_db: {image: postgres}
              app: {image: x, depends_on: [my-db, my_db]}
            """)
        #expect(plan.service(named: "app")?.inject.env == ["MY_DB_HOST": .literal("my-db")])
        #expect(Fixture.codes(plan) == ["MXC121"])
    }
}

@Suite struct PeerInjectionNetworkTests {
    @Test(
        "a service in a borrowed network namespace gets variables but no hosts entries, which the daemon would refuse")
    func borrowedNamespace() throws {
        let plan = try Fixture.plan(
            """
            services:
              iis: {image: mcr.microsoft.com/windows/servercore/iis}
              app: {image: x}
              sidecar: {image: envoy, network_mode: "service:app", depends_on: [iis, app]}
            """)
        let sidecar = try #require(plan.service(named: "sidecar"))
        #expect(sidecar.inject.env == ["APP_HOST": .literal("app"), "IIS_HOST": .peerAddress(service: "iis")])
        #expect(sidecar.inject.hosts == [])
        #expect(sidecar.createAfterStarted == ["iis"])
    }
}
