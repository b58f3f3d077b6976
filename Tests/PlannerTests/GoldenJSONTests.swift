import ComposeModel
import Testing

@testable import Planner

/// The JSON contract of `mixcompose plan --format json` over the same projects.
@Suite struct GoldenJSONTests {
    private func plan(_ yaml: String, finalFrom: [String: String] = [:]) throws -> Plan {
        try Fixture.plan(yaml, imageOS: ["shop/reports:2": .windows], finalFrom: finalFrom)
    }

    @Test(
        "JSON plan: Linux NGINX in front of a Windows site: platform placement, a cross-daemon address and hosts entry")
    func nginxAspnetJSON() throws {
        let rendered = PlanRenderer.json(try plan(GoldenProjects.nginxAspnet))
        expectLines(
            rendered,
            #"""
            {
              "project": "nginx-aspnet",
              "services": [
                {
                  "name": "proxy",
                  "daemon": "linux",
                  "os": "linux",
                  "reason": "platform: linux/amd64 at compose.yaml:9:5",
                  "wave": 1,
                  "dependsOn": ["web"],
                  "createAfterStarted": ["web"],
                  "inject": {
                    "env": {
                      "WEB_HOST": "${mixcompose:peer-address:web}"
                    },
                    "hosts": ["web"]
                  },
                  "peerAddresses": [
                    {
                      "peer": "web",
                      "address": "ip",
                      "reason": "auto: container IPs on the windows daemon route from the linux daemon",
                      "portVariables": {}
                    }
                  ]
                },
                {
                  "name": "web",
                  "daemon": "windows",
                  "os": "windows",
                  "reason": "platform: windows/amd64 at compose.yaml:5:5",
                  "wave": 0,
                  "dependsOn": [],
                  "createAfterStarted": [],
                  "inject": {
                    "env": {},
                    "hosts": []
                  },
                  "peerAddresses": []
                }
              ],
              "waves": [
                ["web"],
                ["proxy"]
              ],
              "diagnostics": []
            }
            """#)
    }

    @Test(
        "JSON plan: every placement rule, same- and cross-daemon peers, a user-set variable, requested peers, an alias and a port clash"
    )
    func shopJSON() throws {
        let rendered = PlanRenderer.json(
            try plan(GoldenProjects.shop, finalFrom: ["api": "mcr.microsoft.com/windows/servercore:ltsc2022"]))
        expectLines(
            rendered,
            #"""
            {
              "project": "shop",
              "services": [
                {
                  "name": "api",
                  "daemon": "windows",
                  "os": "windows",
                  "reason": "build: final FROM mcr.microsoft.com/windows/servercore:ltsc2022 is a Windows image family at compose.yaml:10:5",
                  "wave": 1,
                  "dependsOn": ["cache", "db", "legacy"],
                  "createAfterStarted": ["cache", "db"],
                  "inject": {
                    "env": {
                      "CACHE_HOST": "${mixcompose:peer-address:cache}",
                      "LEGACY_HOST": "legacy"
                    },
                    "hosts": ["cache", "db"]
                  },
                  "peerAddresses": [
                    {
                      "peer": "cache",
                      "address": "auto",
                      "reason": "auto: decided at up from /info (published if the linux daemon is Docker Desktop's Linux engine, else ip)",
                      "portVariables": {}
                    },
                    {
                      "peer": "db",
                      "address": "auto",
                      "reason": "auto: decided at up from /info (published if the linux daemon is Docker Desktop's Linux engine, else ip)",
                      "portVariables": {}
                    }
                  ]
                },
                {
                  "name": "cache",
                  "daemon": "linux",
                  "os": "linux",
                  "reason": "default (--default-os linux)",
                  "wave": 0,
                  "dependsOn": [],
                  "createAfterStarted": [],
                  "inject": {
                    "env": {},
                    "hosts": []
                  },
                  "peerAddresses": []
                },
                {
                  "name": "db",
                  "daemon": "linux",
                  "os": "linux",
                  "reason": "default (--default-os linux)",
                  "wave": 0,
                  "dependsOn": [],
                  "createAfterStarted": [],
                  "inject": {
                    "env": {},
                    "hosts": []
                  },
                  "peerAddresses": []
                },
                {
                  "name": "frontend",
                  "daemon": "linux",
                  "os": "linux",
                  "reason": "default (--default-os linux)",
                  "wave": 2,
                  "dependsOn": ["api"],
                  "createAfterStarted": ["api"],
                  "inject": {
                    "env": {
                      "API_HOST": "${mixcompose:peer-address:api}"
                    },
                    "hosts": ["api"]
                  },
                  "peerAddresses": [
                    {
                      "peer": "api",
                      "address": "ip",
                      "reason": "auto: container IPs on the windows daemon route from the linux daemon",
                      "portVariables": {}
                    }
                  ]
                },
                {
                  "name": "legacy",
                  "daemon": "windows",
                  "os": "windows",
                  "reason": "image mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022 is a Windows image family at compose.yaml:8:5",
                  "wave": 0,
                  "dependsOn": [],
                  "createAfterStarted": [],
                  "inject": {
                    "env": {},
                    "hosts": []
                  },
                  "peerAddresses": []
                },
                {
                  "name": "reports",
                  "daemon": "windows",
                  "os": "windows",
                  "reason": "image os reported by daemon: windows (image shop/reports:2 at compose.yaml:24:5)",
                  "wave": 1,
                  "dependsOn": ["db"],
                  "createAfterStarted": ["db"],
                  "inject": {
                    "env": {
                      "DB_HOST": "${mixcompose:peer-address:db}"
                    },
                    "hosts": ["db"]
                  },
                  "peerAddresses": [
                    {
                      "peer": "db",
                      "address": "auto",
                      "reason": "auto: decided at up from /info (published if the linux daemon is Docker Desktop's Linux engine, else ip)",
                      "portVariables": {}
                    }
                  ]
                },
                {
                  "name": "worker",
                  "daemon": "linux",
                  "os": "linux",
                  "reason": "x-mixcompose.daemon: linux at compose.yaml:18:20",
                  "wave": 1,
                  "dependsOn": [],
                  "createAfterStarted": ["legacy"],
                  "inject": {
                    "env": {
                      "LEGACY_HOST": "${mixcompose:peer-address:legacy}"
                    },
                    "hosts": ["legacy"]
                  },
                  "peerAddresses": [
                    {
                      "peer": "legacy",
                      "address": "ip",
                      "reason": "auto: container IPs on the windows daemon route from the linux daemon",
                      "portVariables": {}
                    }
                  ]
                }
              ],
              "waves": [
                ["cache", "db", "legacy"],
                ["api", "reports", "worker"],
                ["frontend"]
              ],
              "diagnostics": [
                {
                  "severity": "warning",
                  "code": "MXC120",
                  "message": "DB_HOST is set by the service ('db.example.internal'), so mixcompose does not inject db's address",
                  "file": "compose.yaml",
                  "line": 11,
                  "column": 5,
                  "service": "api"
                },
                {
                  "severity": "warning",
                  "code": "MXC404",
                  "message": "links: api:backend: 'api' runs on the windows daemon; its hosts entry is 'api', so the alias 'backend' will not resolve",
                  "file": "compose.yaml",
                  "line": 21,
                  "column": 5,
                  "service": "frontend"
                },
                {
                  "severity": "error",
                  "code": "MXC401",
                  "message": "host port 80/tcp on all addresses is published already by 'frontend' (linux daemon) at compose.yaml:22:13",
                  "file": "compose.yaml",
                  "line": 25,
                  "column": 13,
                  "service": "reports"
                }
              ]
            }
            """#)
    }

    @Test("JSON plan: a cycle across the daemons is reported with every edge's location")
    func crossCycleJSON() throws {
        let rendered = PlanRenderer.json(try plan(GoldenProjects.crossCycle))
        expectLines(
            rendered,
            #"""
            {
              "project": "loop",
              "services": [
                {
                  "name": "auth",
                  "daemon": "linux",
                  "os": "linux",
                  "reason": "default (--default-os linux)",
                  "wave": 0,
                  "dependsOn": ["gateway"],
                  "createAfterStarted": ["gateway"],
                  "inject": {
                    "env": {
                      "GATEWAY_HOST": "${mixcompose:peer-address:gateway}"
                    },
                    "hosts": ["gateway"]
                  },
                  "peerAddresses": [
                    {
                      "peer": "gateway",
                      "address": "ip",
                      "reason": "auto: container IPs on the windows daemon route from the linux daemon",
                      "portVariables": {}
                    }
                  ]
                },
                {
                  "name": "gateway",
                  "daemon": "windows",
                  "os": "windows",
                  "reason": "image mcr.microsoft.com/windows/servercore:ltsc2022 is a Windows image family at compose.yaml:4:5",
                  "wave": 0,
                  "dependsOn": ["auth"],
                  "createAfterStarted": ["auth"],
                  "inject": {
                    "env": {
                      "AUTH_HOST": "${mixcompose:peer-address:auth}"
                    },
                    "hosts": ["auth"]
                  },
                  "peerAddresses": [
                    {
                      "peer": "auth",
                      "address": "auto",
                      "reason": "auto: decided at up from /info (published if the linux daemon is Docker Desktop's Linux engine, else ip)",
                      "portVariables": {}
                    }
                  ]
                },
                {
                  "name": "ui",
                  "daemon": "linux",
                  "os": "linux",
                  "reason": "default (--default-os linux)",
                  "wave": 1,
                  "dependsOn": ["gateway"],
                  "createAfterStarted": ["gateway"],
                  "inject": {
                    "env": {
                      "GATEWAY_HOST": "${mixcompose:peer-address:gateway}"
                    },
                    "hosts": ["gateway"]
                  },
                  "peerAddresses": [
                    {
                      "peer": "gateway",
                      "address": "ip",
                      "reason": "auto: container IPs on the windows daemon route from the linux daemon",
                      "portVariables": {}
                    }
                  ]
                }
              ],
              "waves": [
                ["auth", "gateway"],
                ["ui"]
              ],
              "diagnostics": [
                {
                  "severity": "error",
                  "code": "MXC112",
                  "message": "dependency cycle: auth -> gateway -> auth (auth -> gateway: depends_on, linux -> windows daemon at compose.yaml:10:7; gateway -> auth: depends_on, windows -> linux daemon at compose.yaml:6:7)",
                  "file": "compose.yaml",
                  "line": 10,
                  "column": 7,
                  "service": "auth"
                }
              ]
            }
            """#)
    }

    @Test("JSON plan: each OS's rules are reported at the offending keys")
    func osRulesJSON() throws {
        let rendered = PlanRenderer.json(try plan(GoldenProjects.osRules))
        expectLines(
            rendered,
            #"""
            {
              "project": "rules",
              "services": [
                {
                  "name": "lin",
                  "daemon": "linux",
                  "os": "linux",
                  "reason": "default (--default-os linux)",
                  "wave": 0,
                  "dependsOn": [],
                  "createAfterStarted": [],
                  "inject": {
                    "env": {},
                    "hosts": []
                  },
                  "peerAddresses": []
                },
                {
                  "name": "win",
                  "daemon": "windows",
                  "os": "windows",
                  "reason": "image mcr.microsoft.com/windows/servercore:ltsc2022 is a Windows image family at compose.yaml:4:5",
                  "wave": 0,
                  "dependsOn": [],
                  "createAfterStarted": [],
                  "inject": {
                    "env": {},
                    "hosts": []
                  },
                  "peerAddresses": []
                }
              ],
              "waves": [
                ["lin", "win"]
              ],
              "diagnostics": [
                {
                  "severity": "error",
                  "code": "MXC201",
                  "message": "privileged mode is not supported for Windows containers",
                  "file": "compose.yaml",
                  "line": 5,
                  "column": 5,
                  "service": "win"
                },
                {
                  "severity": "error",
                  "code": "MXC204",
                  "message": "read_only is not supported for Windows containers",
                  "file": "compose.yaml",
                  "line": 6,
                  "column": 5,
                  "service": "win"
                },
                {
                  "severity": "warning",
                  "code": "MXC220",
                  "message": "cap_add is ignored by Windows containers",
                  "file": "compose.yaml",
                  "line": 7,
                  "column": 5,
                  "service": "win"
                },
                {
                  "severity": "error",
                  "code": "MXC211",
                  "message": "port 127.0.0.1:8000-8010:80 binds a host IP, which Windows NAT cannot",
                  "file": "compose.yaml",
                  "line": 8,
                  "column": 13,
                  "service": "win"
                },
                {
                  "severity": "error",
                  "code": "MXC212",
                  "message": "port 8000-8010:80 publishes a host port range to one container port, which Windows NAT cannot",
                  "file": "compose.yaml",
                  "line": 8,
                  "column": 13,
                  "service": "win"
                },
                {
                  "severity": "warning",
                  "code": "MXC214",
                  "message": "bind source /src/nginx.conf looks like a file; Windows can only bind directories",
                  "file": "compose.yaml",
                  "line": 10,
                  "column": 9,
                  "service": "win"
                },
                {
                  "severity": "error",
                  "code": "MXC215",
                  "message": "mount target /etc/nginx/nginx.conf is a Linux path; a Windows container needs a drive path such as C:\\data",
                  "file": "compose.yaml",
                  "line": 10,
                  "column": 9,
                  "service": "win"
                },
                {
                  "severity": "error",
                  "code": "MXC203",
                  "message": "tmpfs is not supported on Windows",
                  "file": "compose.yaml",
                  "line": 11,
                  "column": 5,
                  "service": "win"
                },
                {
                  "severity": "warning",
                  "code": "MXC221",
                  "message": "extra_hosts is never written into a Windows container's hosts file; use environment variables",
                  "file": "compose.yaml",
                  "line": 12,
                  "column": 5,
                  "service": "win"
                },
                {
                  "severity": "error",
                  "code": "MXC303",
                  "message": "isolation: hyperv needs a Windows daemon; Linux only takes default",
                  "file": "compose.yaml",
                  "line": 15,
                  "column": 5,
                  "service": "lin"
                },
                {
                  "severity": "error",
                  "code": "MXC302",
                  "message": "working_dir C:\\app is a Windows path; a Linux container needs /path",
                  "file": "compose.yaml",
                  "line": 16,
                  "column": 5,
                  "service": "lin"
                },
                {
                  "severity": "error",
                  "code": "MXC301",
                  "message": "named pipe mount \\\\.\\pipe\\docker_engine needs a Windows container",
                  "file": "compose.yaml",
                  "line": 18,
                  "column": 9,
                  "service": "lin"
                }
              ]
            }
            """#)
    }
}
