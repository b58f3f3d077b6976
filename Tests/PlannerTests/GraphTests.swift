import ComposeModel
import Testing

@testable import Planner

@Suite struct GraphTests {
    @Test("waves put each service after everything it depends on, whatever the kind of reference")
    func wavesFollowEveryReference() throws {
        let plan = try Fixture.plan(
            """
            services:
              db: {image: postgres}
              cache: {image: redis}
              api:
                image: api
                depends_on: {db: {condition: service_healthy, required: true}}
                links: [cache]
              sidecar: {image: envoy, network_mode: "service:api"}
              backup: {image: alpine, volumes_from: ["db:ro", "container:other"]}
            """)
        #expect(plan.waves == [["cache", "db"], ["api", "backup"], ["sidecar"]])
        #expect(plan.service(named: "api")?.dependsOn == ["cache", "db"])
        #expect(plan.service(named: "sidecar")?.wave == 2)
        #expect(
            plan.edges.map { "\($0.from)->\($0.to):\($0.kinds.map(\.rawValue))" } == [
                "api->cache:[\"links\"]", "api->db:[\"depends_on\"]", "backup->db:[\"volumes_from\"]",
                "sidecar->api:[\"service namespace\"]",
            ])
        #expect(plan.diagnostics.isEmpty)
    }

    @Test("a cycle is an error that prints the path and where each edge is written")
    func cycleIsReported() throws {
        let plan = try Fixture.plan(
            """
            services:
              a:
                image: x
                depends_on: {b: {condition: service_started, required: true}}
              b:
                image: x
                links: [a]
              c:
                image: x
                depends_on: {a: {condition: service_started, required: true}}
            """)
        let cycle = try #require(plan.diagnostics.items.first { $0.code == "MXC112" })
        #expect(
            cycle.message
                == "dependency cycle: a -> b -> a (a -> b: depends_on at compose.yaml:4:18; b -> a: links at compose.yaml:7:5)"
        )
        #expect(cycle.severity == .error)
        #expect(plan.service(named: "a")?.wave == plan.service(named: "b")?.wave)
        #expect(plan.service(named: "c")?.wave == 1)
    }

    @Test("a service depending on itself is a cycle of one")
    func selfCycle() throws {
        let plan = try Fixture.plan(
            "services: {a: {image: x, depends_on: {a: {condition: service_started, required: true}}}}")
        #expect(
            plan.diagnostics.items.map(\.message) == [
                "dependency cycle: a -> a (a -> a: depends_on at compose.yaml:1:39)"
            ])
    }

    @Test("references to missing services are diagnosed once each and do not stop planning")
    func missingTargets() throws {
        let plan = try Fixture.plan(
            """
            services:
              a:
                image: x
                depends_on: {ghost: {condition: service_started, required: true}}
                links: [ghost, phantom:alias]
                network_mode: service:nowhere
                volumes_from: [vanished]
                x-mixcompose: {peers: [spirit]}
            """)
        #expect(Fixture.codes(plan) == ["MXC110", "MXC110", "MXC110", "MXC110", "MXC110"])
        #expect(
            plan.diagnostics.items.map(\.message).sorted() == [
                "depends_on: ghost: service 'ghost' is not defined",
                "links: phantom:alias: service 'phantom' is not defined",
                "network_mode: service:nowhere: service 'nowhere' is not defined",
                "volumes_from: vanished: service 'vanished' is not defined",
                "x-mixcompose.peers: service 'spirit' is not defined",
            ])
        #expect(plan.service(named: "a")?.dependsOn == [])
        #expect(plan.waves == [["a"]])
    }

    @Test("an optional dependency on a profile-disabled service is skipped; a required one is an error")
    func disabledTargets() throws {
        var project = try Fixture.project(
            """
            services:
              a:
                image: x
                depends_on:
                  debug: {condition: service_started, required: false}
                  tools: {condition: service_started, required: true}
            """)
        project.disabledServices = ["debug": Service(name: "debug"), "tools": Service(name: "tools")]
        let plan = Planner.plan(PlanInput(project: project))
        #expect(Fixture.codes(plan) == ["MXC111"])
        #expect(
            plan.diagnostics.items.first?.message == "depends_on: tools: service 'tools' is disabled by its profiles")
        #expect(plan.service(named: "a")?.inject.env == [:])
    }

    @Test("a cross-daemon peer requested with x-mixcompose.peers becomes an ordering edge that can close a cycle")
    func peerEdgeClosesCycle() throws {
        let plan = try Fixture.plan(
            """
            services:
              web:
                image: mcr.microsoft.com/windows/servercore:ltsc2022
                x-mixcompose: {peers: [api]}
              api:
                image: api
                depends_on: {web: {condition: service_started, required: true}}
            """)
        let cycle = try #require(plan.diagnostics.items.first { $0.code == "MXC112" })
        #expect(
            cycle.message
                == "dependency cycle: api -> web -> api (api -> web: depends_on, linux -> windows daemon at compose.yaml:7:18; web -> api: x-mixcompose.peers, windows -> linux daemon at compose.yaml:4:28)"
        )
        #expect(plan.service(named: "web")?.createAfterStarted == ["api"])
        #expect(plan.service(named: "web")?.dependsOn == [])
    }

    @Test("an empty project plans to nothing")
    func emptyProject() throws {
        let plan = try Fixture.plan("name: empty")
        #expect(plan.services.isEmpty && plan.waves.isEmpty && plan.diagnostics.isEmpty)
    }
}
