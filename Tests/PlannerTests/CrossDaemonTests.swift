import ComposeModel
import Testing

@testable import Planner

@Suite struct CrossDaemonTests {
    @Test("two services publishing one host port and protocol on overlapping addresses clash, across daemons too")
    func portClash() throws {
        let plan = try Fixture.plan(
            """
            services:
              api:
                image: api
                ports: [{target: 80, published: "8080", protocol: tcp, mode: ingress}]
              web:
                image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
                ports:
                  - {target: 80, published: "8080", protocol: tcp, mode: ingress}
                  - {target: 53, published: "8080", protocol: udp, mode: ingress}
              admin:
                image: admin
                ports:
                  - {target: 80, published: "9000", host_ip: 127.0.0.1, protocol: tcp, mode: ingress}
                  - {target: 81, published: "9000", host_ip: 127.0.0.2, protocol: tcp, mode: ingress}
                  - {target: 82, published: "8999-9001", protocol: tcp, mode: ingress}
            """)
        #expect(
            plan.diagnostics.items.map(\.message) == [
                "host port 8080/tcp on all addresses is published already by 'api' (linux daemon) at compose.yaml:4:13",
                "host port 9000/tcp on all addresses is published also by this service at compose.yaml:13:9",
            ])
        #expect(plan.diagnostics.items.map(\.service) == ["web", "admin"])
    }

    @Test("sharing a namespace or volumes with a service on the other daemon is an error")
    func sharingAcrossDaemons() throws {
        let plan = try Fixture.plan(
            """
            services:
              win: {image: mcr.microsoft.com/windows/nanoserver:ltsc2022}
              net: {image: x, network_mode: "service:win"}
              vols: {image: x, volumes_from: ["win:ro"]}
              ipc: {image: x, ipc: "service:win"}
            """)
        #expect(Fixture.codes(plan) == ["MXC402", "MXC403", "MXC402"])
        #expect(
            plan.diagnostics.items.map(\.message)[1]
                == "volumes_from: win:ro runs on the windows daemon; volumes cannot be shared with the linux daemon")
    }

    @Test("a link alias across daemons cannot resolve, from either side; a link name gets a hosts entry on both")
    func linkNames() throws {
        let plan = try Fixture.plan(
            """
            services:
              db: {image: postgres}
              cache: {image: redis}
              win:
                image: mcr.microsoft.com/windows/nanoserver:ltsc2022
                links: [db, "cache:redis"]
              lin: {image: x, links: ["win:backend"]}
            """)
        #expect(
            plan.diagnostics.items.map(\.message) == [
                "links: cache:redis: 'cache' runs on the linux daemon; its hosts entry is 'cache', so the alias 'redis' will not resolve",
                "links: win:backend: 'win' runs on the windows daemon; its hosts entry is 'win', so the alias 'backend' will not resolve",
            ])
        #expect(plan.service(named: "win")?.inject.hosts == ["cache", "db"])
    }

    @Test("environment values that use an unreachable cross-daemon host name are flagged")
    func environmentNames() throws {
        let plan = try Fixture.plan(
            """
            services:
              db: {image: postgres}
              search: {image: elasticsearch}
              win:
                image: mcr.microsoft.com/windows/nanoserver:ltsc2022
                environment:
                  DATABASE_URL: postgres://user:pw@db:5432/app
                  DB_SERVER: db
                  DRIVER: db
                  PLAIN: "nothing here"
              lin:
                image: x
                environment: {NODES: "search:9200,win:8080", OK: "db:5432"}
                depends_on: [win]
            """)
        #expect(
            plan.diagnostics.items.map(\.message) == [
                "environment DATABASE_URL uses host name 'db', which runs on the linux daemon and will not resolve here; add 'db' to depends_on or x-mixcompose.peers to get a hosts entry",
                "environment DB_SERVER uses host name 'db', which runs on the linux daemon and will not resolve here; add 'db' to depends_on or x-mixcompose.peers to get a hosts entry",
            ])
        #expect(EnvironmentNames.hostNames(in: "http://a:1/x,b:2;c", wholeValueIsHost: true) == ["a", "b", "c"])
        #expect(EnvironmentNames.hostNames(in: "redis://:secret@cache", wholeValueIsHost: false) == ["cache"])
    }

    @Test("a Linux service naming a cross-daemon service it gets no hosts entry for is told to declare the peer")
    func linuxNeedsPeer() throws {
        let plan = try Fixture.plan(
            """
            services:
              iis: {image: mcr.microsoft.com/windows/servercore/iis}
              proxy: {image: nginx, environment: {UPSTREAM: "http://iis:80"}}
            """)
        #expect(
            plan.diagnostics.items.map(\.message) == [
                "environment UPSTREAM uses host name 'iis', which runs on the windows daemon and will not resolve here; add 'iis' to depends_on or x-mixcompose.peers to get a hosts entry"
            ])
    }
}
