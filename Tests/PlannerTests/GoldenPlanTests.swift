import ComposeModel
import Testing

@testable import Planner

/// Whole text, DOT and Mermaid renderings of plans over mixed-OS projects (GoldenProjects). When a
/// change is meant, print the new rendering and review the diff like code.
@Suite struct GoldenPlanTests {
    private func plan(_ yaml: String, finalFrom: [String: String] = [:]) throws -> Plan {
        try Fixture.plan(yaml, imageOS: ["shop/reports:2": .windows], finalFrom: finalFrom)
    }

    @Test(
        "text plan: Linux NGINX in front of a Windows site: platform placement, a cross-daemon address and hosts entry")
    func nginxAspnetText() throws {
        let rendered = PlanRenderer.text(try plan(GoldenProjects.nginxAspnet))
        expectLines(
            rendered,
            #"""
            project: nginx-aspnet

            SERVICE  DAEMON   WAVE  REASON                                       INJECT
            proxy    linux    1     platform: linux/amd64 at compose.yaml:9:5    WEB_HOST=${mixcompose:peer-address:web}
                                                                                 hosts: web
            web      windows  0     platform: windows/amd64 at compose.yaml:5:5  -

            waves:
              0: web
              1: proxy

            cross-daemon order (peer started before service created):
              proxy (linux) after web

            peer addresses (service -> peer: address, why):
              proxy -> web: ip, auto: container IPs on the windows daemon route from the linux daemon

            no problems found
            """#)
    }

    @Test(
        "text plan: every placement rule, same- and cross-daemon peers, a user-set variable, requested peers, an alias and a port clash"
    )
    func shopText() throws {
        let rendered = PlanRenderer.text(
            try plan(GoldenProjects.shop, finalFrom: ["api": "mcr.microsoft.com/windows/servercore:ltsc2022"]))
        expectLines(
            rendered,
            #"""
            project: shop

            SERVICE   DAEMON   WAVE  REASON                                                                                                                        INJECT
            api       windows  1     build: final FROM mcr.microsoft.com/windows/servercore:ltsc2022 is a Windows image family at compose.yaml:10:5                CACHE_HOST=${mixcompose:peer-address:cache}
                                                                                                                                                                   LEGACY_HOST=legacy
                                                                                                                                                                   hosts: cache, db
            cache     linux    0     default (--default-os linux)                                                                                                  -
            db        linux    0     default (--default-os linux)                                                                                                  -
            frontend  linux    2     default (--default-os linux)                                                                                                  API_HOST=${mixcompose:peer-address:api}
                                                                                                                                                                   hosts: api
            legacy    windows  0     image mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022 is a Windows image family at compose.yaml:8:5  -
            reports   windows  1     image os reported by daemon: windows (image shop/reports:2 at compose.yaml:24:5)                                              DB_HOST=${mixcompose:peer-address:db}
                                                                                                                                                                   hosts: db
            worker    linux    1     x-mixcompose.daemon: linux at compose.yaml:18:20                                                                              LEGACY_HOST=${mixcompose:peer-address:legacy}
                                                                                                                                                                   hosts: legacy

            waves:
              0: cache, db, legacy
              1: api, reports, worker
              2: frontend

            cross-daemon order (peer started before service created):
              api (windows) after cache, db
              frontend (linux) after api
              reports (windows) after db
              worker (linux) after legacy

            peer addresses (service -> peer: address, why):
              api -> cache: auto, auto: decided at up from /info (published if the linux daemon is Docker Desktop's Linux engine, else ip)
              api -> db: auto, auto: decided at up from /info (published if the linux daemon is Docker Desktop's Linux engine, else ip)
              frontend -> api: ip, auto: container IPs on the windows daemon route from the linux daemon
              reports -> db: auto, auto: decided at up from /info (published if the linux daemon is Docker Desktop's Linux engine, else ip)
              worker -> legacy: ip, auto: container IPs on the windows daemon route from the linux daemon

            compose.yaml:11:5: warning: DB_HOST is set by the service ('db.example.internal'), so mixcompose does not inject db's address [MXC120]
            compose.yaml:21:5: warning: links: api:backend: 'api' runs on the windows daemon; its hosts entry is 'api', so the alias 'backend' will not resolve [MXC404]
            compose.yaml:25:13: error: host port 80/tcp on all addresses is published already by 'frontend' (linux daemon) at compose.yaml:22:13 [MXC401]
            """#)
    }

    @Test("text plan: a cycle across the daemons is reported with every edge's location")
    func crossCycleText() throws {
        let rendered = PlanRenderer.text(try plan(GoldenProjects.crossCycle))
        expectLines(
            rendered,
            #"""
            project: loop

            SERVICE  DAEMON   WAVE  REASON                                                                                             INJECT
            auth     linux    0     default (--default-os linux)                                                                       GATEWAY_HOST=${mixcompose:peer-address:gateway}
                                                                                                                                       hosts: gateway
            gateway  windows  0     image mcr.microsoft.com/windows/servercore:ltsc2022 is a Windows image family at compose.yaml:4:5  AUTH_HOST=${mixcompose:peer-address:auth}
                                                                                                                                       hosts: auth
            ui       linux    1     default (--default-os linux)                                                                       GATEWAY_HOST=${mixcompose:peer-address:gateway}
                                                                                                                                       hosts: gateway

            waves:
              0: auth, gateway
              1: ui

            cross-daemon order (peer started before service created):
              auth (linux) after gateway
              gateway (windows) after auth
              ui (linux) after gateway

            peer addresses (service -> peer: address, why):
              auth -> gateway: ip, auto: container IPs on the windows daemon route from the linux daemon
              gateway -> auth: auto, auto: decided at up from /info (published if the linux daemon is Docker Desktop's Linux engine, else ip)
              ui -> gateway: ip, auto: container IPs on the windows daemon route from the linux daemon

            compose.yaml:10:7: error: dependency cycle: auth -> gateway -> auth (auth -> gateway: depends_on, linux -> windows daemon at compose.yaml:10:7; gateway -> auth: depends_on, windows -> linux daemon at compose.yaml:6:7) [MXC112]
            """#)
    }

    @Test("text plan: each OS's rules are reported at the offending keys")
    func osRulesText() throws {
        let rendered = PlanRenderer.text(try plan(GoldenProjects.osRules))
        expectLines(
            rendered,
            #"""
            project: rules

            SERVICE  DAEMON   WAVE  REASON                                                                                             INJECT
            lin      linux    0     default (--default-os linux)                                                                       -
            win      windows  0     image mcr.microsoft.com/windows/servercore:ltsc2022 is a Windows image family at compose.yaml:4:5  -

            waves:
              0: lin, win

            compose.yaml:5:5: error: privileged mode is not supported for Windows containers [MXC201]
            compose.yaml:6:5: error: read_only is not supported for Windows containers [MXC204]
            compose.yaml:7:5: warning: cap_add is ignored by Windows containers [MXC220]
            compose.yaml:8:13: error: port 127.0.0.1:8000-8010:80 binds a host IP, which Windows NAT cannot [MXC211]
            compose.yaml:8:13: error: port 8000-8010:80 publishes a host port range to one container port, which Windows NAT cannot [MXC212]
            compose.yaml:10:9: warning: bind source /src/nginx.conf looks like a file; Windows can only bind directories [MXC214]
            compose.yaml:10:9: error: mount target /etc/nginx/nginx.conf is a Linux path; a Windows container needs a drive path such as C:\data [MXC215]
            compose.yaml:11:5: error: tmpfs is not supported on Windows [MXC203]
            compose.yaml:12:5: warning: extra_hosts is never written into a Windows container's hosts file; use environment variables [MXC221]
            compose.yaml:15:5: error: isolation: hyperv needs a Windows daemon; Linux only takes default [MXC303]
            compose.yaml:16:5: error: working_dir C:\app is a Windows path; a Linux container needs /path [MXC302]
            compose.yaml:18:9: error: named pipe mount \\.\pipe\docker_engine needs a Windows container [MXC301]
            """#)
    }

    @Test("DOT draws the daemons as clusters and cross-daemon edges apart")
    func shopDOT() throws {
        let rendered = PlanRenderer.dot(
            try plan(GoldenProjects.shop, finalFrom: ["api": "mcr.microsoft.com/windows/servercore:ltsc2022"]))
        expectLines(
            rendered,
            #"""
            digraph "shop" {
              rankdir=LR;
              node [shape=box];
              subgraph "cluster_linux" {
                label="linux daemon";
                "cache";
                "db";
                "frontend";
                "worker";
              }
              subgraph "cluster_windows" {
                label="windows daemon";
                "api";
                "legacy";
                "reports";
              }
              "api" -> "cache" [label="depends_on, cross-daemon", style="dashed,bold"];
              "api" -> "db" [label="depends_on, cross-daemon", style="dashed,bold"];
              "api" -> "legacy" [label="depends_on"];
              "frontend" -> "api" [label="links, cross-daemon", style="dashed,bold"];
              "reports" -> "db" [label="depends_on, cross-daemon", style="dashed,bold"];
              "worker" -> "legacy" [label="x-mixcompose.peers, cross-daemon", style="dashed,bold"];
            }
            """#)
    }

    @Test("Mermaid draws the daemons as clusters and cross-daemon edges apart")
    func shopMermaid() throws {
        let rendered = PlanRenderer.mermaid(
            try plan(GoldenProjects.shop, finalFrom: ["api": "mcr.microsoft.com/windows/servercore:ltsc2022"]))
        expectLines(
            rendered,
            #"""
            flowchart LR
              subgraph linux["linux daemon"]
                s1["cache"]
                s2["db"]
                s3["frontend"]
                s6["worker"]
              end
              subgraph windows["windows daemon"]
                s0["api"]
                s4["legacy"]
                s5["reports"]
              end
              s0 -.->|depends_on, cross-daemon| s1
              s0 -.->|depends_on, cross-daemon| s2
              s0 -->|depends_on| s4
              s3 -.->|links, cross-daemon| s0
              s5 -.->|depends_on, cross-daemon| s2
              s6 -.->|x-mixcompose.peers, cross-daemon| s4
            """#)
    }
}
