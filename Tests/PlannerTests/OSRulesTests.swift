import ComposeModel
import Testing
import YAML

@testable import Planner

@Suite struct OSRulesTests {
    /// The codes found for one service on `platform` with the extra `fields` (flow-style YAML).
    private func codes(_ platform: String, _ fields: String, files: Set<String> = []) throws -> [String] {
        Fixture.codes(
            try Fixture.plan(
                "services: {app: {image: x, platform: \(platform), \(fields)}}", fileBindSources: files))
    }

    @Test(
        "each option a Windows container cannot honour has its own code",
        arguments: [
            ("privileged: true", ["MXC201"]),
            ("network_mode: host", ["MXC202"]),
            ("tmpfs: [/run]", ["MXC203"]),
            (#"volumes: [{type: tmpfs, target: 'C:\t'}]"#, ["MXC203"]),
            ("read_only: true", ["MXC204"]),
            ("devices: [{source: /dev/ttyUSB0, target: /dev/ttyUSB0, permissions: rwm}]", ["MXC205"]),
            ("ulimits: {nofile: {soft: 1024, hard: 2048}}", ["MXC206"]),
            ("pids_limit: 100", ["MXC207"]),
            ("memswap_limit: 1073741824", ["MXC208"]),
            ("mem_swappiness: 10", ["MXC208"]),
            ("mem_reservation: 1024", ["MXC208"]),
            ("oom_kill_disable: true", ["MXC208"]),
            ("cpuset: '0-1'", ["MXC209"]),
            ("cgroup_parent: foo", ["MXC209"]),
            ("security_opt: ['seccomp:unconfined']", ["MXC210"]),
            (
                #"ports: [{target: 80, published: '8080', host_ip: 127.0.0.1, protocol: tcp, mode: ingress}]"#,
                ["MXC211"]
            ),
            (#"ports: [{target: 80, published: '8000-8005', protocol: tcp, mode: ingress}]"#, ["MXC212"]),
            (#"ports: [{target: 80, published: '8080', protocol: sctp, mode: ingress}]"#, ["MXC213"]),
            (#"volumes: [{type: bind, source: /p/web.config, target: 'C:\app\web.config'}]"#, ["MXC214"]),
            (#"volumes: [{type: volume, source: data, target: /data}]"#, ["MXC215"]),
            (#"volumes: [{type: volume, source: data, target: 'C:\'}]"#, ["MXC216"]),
            ("isolation: sandbox", ["MXC217"]),
            ("secrets: [{source: token, target: /etc/token}]", ["MXC218"]),
            ("configs: [{source: settings, target: /etc/app.conf}]", ["MXC218"]),
            // Compose's default target (the loader writes it for the short form) maps to the Windows engine's directory.
            ("secrets: [{source: token, target: /run/secrets/token}]", []),
            ("cap_add: [NET_ADMIN]", ["MXC220"]),
            ("sysctls: {net.core.somaxconn: '1024'}", ["MXC220"]),
            ("shm_size: 67108864", ["MXC220"]),
            ("extra_hosts: ['db=10.0.0.2']", ["MXC221"]),
            ("dns_opt: [use-vc]", ["MXC222"]),
            ("credential_spec: {file: spec.json}", ["MXC223"]),
            ("post_start: [{command: [echo, hi]}]", ["MXC501"]),
            ("use_api_socket: true", ["MXC501"]),
        ])
    func windowsRules(fields: String, expected: [String]) throws {
        #expect(try codes("windows/amd64", fields) == expected)
    }

    @Test(
        "the same options are fine in a Linux container",
        arguments: [
            "privileged: true", "network_mode: host", "tmpfs: [/run]", "read_only: true", "pids_limit: 100",
            "ulimits: {nofile: 1024}", "cap_add: [NET_ADMIN]", "extra_hosts: ['db=10.0.0.2']",
            #"ports: [{target: 80, published: '8000-8005', host_ip: 127.0.0.1, protocol: tcp, mode: ingress}]"#,
            "volumes: [{type: volume, source: data, target: /data}]",
        ])
    func linuxAcceptsThem(fields: String) throws {
        #expect(try codes("linux/amd64", fields) == [])
    }

    @Test(
        "Windows-only options in a Linux container are flagged",
        arguments: [
            (
                #"volumes: [{type: npipe, source: '\\.\pipe\docker_engine', target: '\\.\pipe\docker_engine'}]"#,
                ["MXC301"]
            ),
            (
                #"volumes: [{type: bind, source: '\\.\pipe\docker_engine', target: '\\.\pipe\docker_engine'}]"#,
                ["MXC301"]
            ),
            (#"volumes: [{type: bind, source: /data, target: 'C:\data'}]"#, ["MXC302"]),
            (#"working_dir: 'C:\app'"#, ["MXC302"]),
            ("isolation: hyperv", ["MXC303"]),
            ("isolation: process", ["MXC303"]),
            ("credential_spec: {file: spec.json}", ["MXC304"]),
            ("cpu_percent: 50", ["MXC305"]),
        ])
    func linuxRules(fields: String, expected: [String]) throws {
        #expect(try codes("linux/amd64", fields) == expected)
    }

    @Test(
        "Windows-native options pass on Windows",
        arguments: [
            #"volumes: [{type: npipe, source: '\\.\pipe\docker_engine', target: '\\.\pipe\docker_engine'}]"#,
            #"volumes: [{type: bind, source: 'C:\data', target: 'C:\app\data'}]"#,
            "security_opt: ['credentialspec=file://app.json']",
            "isolation: hyperv",
            "devices: [{source: 'class/5B45201D-F2F2-4F3B-85BB-30FF1F953599', target: '', permissions: rwm}]",
            #"ports: [{target: 80, published: '8080', host_ip: 0.0.0.0, protocol: udp, mode: ingress}]"#,
            "working_dir: /app",
        ])
    func windowsAcceptsThem(fields: String) throws {
        #expect(try codes("windows/amd64", fields) == [])
    }

    @Test("a bind source the caller found to be a file is an error; one that only looks like a file is a warning")
    func fileBinds() throws {
        let fields =
            #"volumes: [{type: bind, source: /p/settings, target: 'C:\s'}, {type: bind, source: /p/app.json, target: 'C:\a'}]"#
        let plan = try Fixture.plan(
            "services: {app: {image: x, platform: windows/amd64, \(fields)}}", fileBindSources: ["/p/settings"])
        #expect(plan.diagnostics.items.map(\.severity) == [.error, .warning])
        #expect(Fixture.codes(plan) == ["MXC214", "MXC214"])
    }

    @Test("a diagnostic points at the field's key and names the service")
    func diagnosticPosition() throws {
        let plan = try Fixture.plan(
            """
            services:
              web:
                image: mcr.microsoft.com/windows/servercore:ltsc2022
                privileged: true
            """)
        let diagnostic = try #require(plan.diagnostics.items.first)
        #expect(diagnostic.mark.description == "compose.yaml:4:5")
        #expect(diagnostic.service == "web")
        #expect(
            diagnostic.description == "compose.yaml:4:5: error: privileged mode is not supported for Windows containers"
        )
    }
}
