import ComposeModel
import Testing
import YAML

@testable import Planner

@Suite struct SwarmDiagnosticsTests {
    typealias F = SwarmFixture

    @Test("what Swarm cannot run is an error at its field: build without image, network_mode, volumes_from, an unknown mode, a port range")
    func errors() throws {
        let stack = try F.stack("""
            services:
              built:
                build: .
              shared:
                image: busybox
                network_mode: host
              borrower:
                image: busybox
                volumes_from: [shared]
              odd:
                image: busybox
                deploy: {mode: sometimes}
              ranged:
                image: busybox
                ports: ["8000-8002:80"]
              both:
                image: busybox
                deploy: {mode: global, replicas: 2}
            """)
        let errors = stack.diagnostics.items.filter { $0.severity == .error }.map { "\($0.code ?? "") \($0.service ?? "") \($0.mark.line)" }
        #expect(errors.sorted() == [
            "MXC701 borrower 9", "MXC701 both 18", "MXC701 built 3", "MXC701 odd 12", "MXC701 ranged 15", "MXC701 shared 6",
        ])
        #expect(F.spec(stack, "built", "TaskTemplate.ContainerSpec.Image") == .string("proj-built"))
    }

    @Test("every field docker stack deploy ignores is a warning at its line, and nothing is silently dropped")
    func ignoredFields() throws {
        let stack = try F.stack("""
            services:
              a:
                image: busybox
                links: [b]
                container_name: named
                devices: ["/dev/null:/dev/null"]
                cgroup_parent: p
                external_links: [other]
                privileged: true
                userns_mode: host
                security_opt: ["no-new-privileges"]
                ipc: host
                pid: host
                shm_size: 64m
                tmpfs: [/run]
                expose: ["80"]
                mac_address: "02:42:ac:11:00:02"
                restart: always
                ports: [{target: 80, published: "80", host_ip: 127.0.0.1}]
                healthcheck: {test: ["CMD", "true"], start_interval: 1s}
                deploy: {restart_policy: {condition: any}}
              b: {image: busybox, profiles: [p], platform: linux/amd64}
            """, environment: ["COMPOSE_PROFILES": "p"])
        let warnings = stack.diagnostics.items.filter { $0.code == "MXC702" }.map(\.mark.line)
        #expect(warnings == [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 22])
        let b = stack.diagnostics.items.filter { $0.service == "b" }.map(\.message)
        #expect(b.count == 2 && b.contains { $0.hasPrefix("platform is left out") } && b.contains { $0.hasPrefix("profiles") })
        #expect(!stack.diagnostics.hasErrors)
    }

    @Test("Windows facts: credential_spec needs gMSA on the nodes; an encrypted overlay cannot carry a Windows service")
    func windowsFacts() throws {
        let stack = try F.stack("""
            services:
              app:
                image: mcr.microsoft.com/windows/servercore:ltsc2022
                credential_spec: {registry: app-spec}
                networks: [secure]
            networks:
              secure: {driver_opts: {encrypted: ""}}
            """)
        #expect(F.found(stack) == ["MXC705 app 4", "MXC705 - 7"])
        #expect(F.spec(stack, "app", "TaskTemplate.ContainerSpec.Privileges") == .object([
            ("CredentialSpec", .object([("Registry", .string("app-spec"))])),
        ]))
    }

    @Test("a credential_spec config becomes a runtime config reference and names the config in the spec")
    func credentialSpecConfig() throws {
        let stack = try F.stack("""
            services:
              app:
                image: mcr.microsoft.com/windows/servercore:ltsc2022
                credential_spec: {config: spec}
                configs: [spec]
            configs:
              spec: {content: "{}"}
            """)
        let configs = F.spec(stack, "app", "TaskTemplate.ContainerSpec.Configs")
        #expect(F.value(configs, "1") == .object([("Runtime", .object([])), ("ConfigID", .string("")), ("ConfigName", .string("ns_spec"))]))
        #expect(F.spec(stack, "app", "TaskTemplate.ContainerSpec.Privileges.CredentialSpec.Config") == .string("ns_spec"))
    }
}
