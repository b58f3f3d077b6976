import Foundation
import Testing

/// The testbed in Docker Desktop mode (`scripts/testbed desktop on`): Windows-role containers cannot
/// reach the Linux containers' addresses, only ports published on the host, as with Docker Desktop's
/// Linux engine in its VM. The Linux daemon is taken for Desktop's through the test hook
/// `MIXCOMPOSE_ASSUME_DESKTOP=linux`, so `peer-address: auto` picks `published` towards it. Only
/// this project's Linux subnet is firewalled, so suites running alongside keep their routes.
@Suite(.enabled(if: Testbed.shouldRun), .serialized) struct DesktopModeTests {
    /// `db` (linux) serves `token` on `port` (exposed, so published 1:1) and on `remapped` (published
    /// to `hostPort`); `app` (windows role) reaches it by DB_HOST and by name; `client` (linux) reaches
    /// the windows-role `backend` by BACKEND_HOST and by name.
    static func compose(token: String, subnet: String, port: Int, remapped: Int, hostPort: Int) -> String {
        """
        services:
          db:
            image: \(Testbed.busyboxImage)
            networks: [lnet]
            expose: ["\(port)"]
            ports: ["\(hostPort):\(remapped)"]
            command:
              - sh
              - -c
              - |
                mkdir -p /www && echo db-page-\(token) > /www/index.html
                httpd -p \(port) -h /www && httpd -p \(remapped) -h /www
                trap 'exit 0' TERM
                while true; do sleep 1; done
          app:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            networks: [wnet]
            depends_on: [db]
            command:
              - sh
              - -c
              - |
                get() { printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 5 "$$1" "$$2" | tail -n 1; }
                sleep 1
                echo "via-env: $$(get $$DB_HOST \(port))"
                echo "via-name: $$(get db \(port))"
                echo "via-remap: $$(get $$DB_HOST $$DB_PORT_\(remapped))"
                trap 'exit 0' TERM
                while true; do sleep 1; done
          backend:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            networks: [wnet]
            command:
              - sh
              - -c
              - |
                mkdir -p /www && echo backend-page-\(token) > /www/index.html
                httpd -p 80 -h /www
                trap 'exit 0' TERM
                while true; do sleep 1; done
          client:
            image: \(Testbed.busyboxImage)
            networks: [lnet]
            depends_on: [backend]
            command:
              - sh
              - -c
              - |
                sleep 1
                echo "via-env: $$(wget -q -O - http://$$BACKEND_HOST/)"
                echo "via-name: $$(wget -q -O - http://backend/)"
                trap 'exit 0' TERM
                while true; do sleep 1; done
        networks:
          lnet:
            ipam: {config: [{subnet: "\(subnet)"}]}
          wnet: {}
        """
    }

    /// Runs `scripts/testbed desktop <action> <subnet>`.
    static func desktop(_ action: String, _ subnet: String) -> CommandResult {
        ProcessRunner.run(MixComposeBinary.repository + "/scripts/testbed", ["desktop", action, subnet])
    }

    @Test("in desktop mode a windows-role service reaches its linux dependency through the host by DB_HOST, by name and on a remapped port, a linux one reaches windows by address and name, and direct IPs are blocked")
    func throughTheHost() throws {
        let testbed = try Testbed.require()
        let token = String(UUID().uuidString.prefix(8).lowercased())
        let octet = Int.random(in: 200...249)
        let subnet = "198.19.\(octet).0/24"
        let port = Int.random(in: 21000...21999), remapped = port + 1000, hostPort = port + 2000
        let on = Self.desktop("on", subnet)
        try #require(on.status == 0, "\(on)")
        defer { _ = Self.desktop("off", subnet) }
        try RuntimeProject.with(
            Self.compose(token: token, subnet: subnet, port: port, remapped: remapped, hostPort: hostPort), prefix: "mxc-addr-desktop"
        ) { project in
            let hook = ["MIXCOMPOSE_ASSUME_DESKTOP": "linux"]
            let plan = try project.run(["plan"], extra: hook)
            #expect(plan.stdout.contains("app -> db: auto"), "\(plan)")
            let up = try project.run(["up", "-d"], extra: hook)
            try #require(up.status == 0, "\(up)")
            let page = "db-page-\(token)"
            let app = try project.logs(["app"]) { $0.contains("via-remap:") }
            #expect(app.stdout.contains("via-env: \(page)"), "\(app)")
            #expect(app.stdout.contains("via-name: \(page)"), "\(app)")
            #expect(app.stdout.contains("via-remap: \(page)"), "\(app)")
            let client = try project.logs(["client"]) { $0.contains("via-name:") }
            #expect(client.stdout.contains("via-env: backend-page-\(token)"), "\(client)")
            #expect(client.stdout.contains("via-name: backend-page-\(token)"), "\(client)")
            let docker = "/usr/bin/docker"
            let labels = ProcessRunner.run(
                docker, ["-H", testbed.windowsHost, "inspect", "-f", "{{index .Config.Labels \"io.mixcompose.peer-routes\"}} {{json .Config.Env}}", "\(project.name)-app-1"])
            #expect(labels.stdout.hasPrefix("db=published "), "\(labels)")
            #expect(labels.stdout.contains("DB_PORT_\(remapped)=\(hostPort)"), "\(labels)")
            // The firewall works: the db container's own IP is out of the windows-role side's reach.
            let ip = ProcessRunner.run(
                docker, ["-H", testbed.linuxHost, "inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", "\(project.name)-db-1"])
            let address = ip.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(address.hasPrefix("198.19.\(octet)."), "\(ip)")
            let direct = ProcessRunner.run(
                docker, ["-H", testbed.windowsHost, "exec", "\(project.name)-app-1", "sh", "-c", "nc -w 3 \(address) \(port) </dev/null && echo reached || echo blocked"],
                timeout: 30)
            #expect(direct.stdout.contains("blocked"), "\(direct)")

            // doctor finds every edge reachable along the routes desktop mode leaves, then exactly the one a
            // host rule cuts: the windows-role app's connections to db's port published on the host.
            let healthy = try project.run(["doctor", "--format", "json"], extra: hook)
            #expect(healthy.status == 0, "\(healthy)")
            let edges = try #require(TemporaryProject.jsonObject(healthy.stdout)?["edges"] as? [[String: Any]], "\(healthy)")
            #expect(edges.contains { "\($0["consumer"] ?? "")" == "app-1" && "\($0["port"] ?? "")" == "\(port)" }, "\(healthy)")
            // backend exposes no port, so client -> backend is reported as not probeable, which is no failure.
            #expect(edges.filter { $0["reachable"] != nil }.allSatisfy { $0["reachable"] as? Bool == true }, "\(healthy)")
            #expect(edges.contains { "\($0["hint"] ?? "")".hasPrefix("cannot probe: backend exposes no port") }, "\(healthy)")
            let appIP = ProcessRunner.run(
                docker, ["-H", testbed.windowsHost, "inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", "\(project.name)-app-1"]
            ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let rule = ["INPUT", "-s", appIP, "-p", "tcp", "--dport", "\(port)", "-j", "REJECT", "--reject-with", "tcp-reset"]
            let insert = ProcessRunner.run("/usr/sbin/iptables", ["-w", "-I"] + rule)
            try #require(insert.status == 0, "\(insert)")
            defer { _ = ProcessRunner.run("/usr/sbin/iptables", ["-w", "-D"] + rule) }
            let broken = try project.run(["doctor", "--format", "json"], extra: hook)
            #expect(broken.status == 1, "\(broken)")
            let after = try #require(TemporaryProject.jsonObject(broken.stdout)?["edges"] as? [[String: Any]], "\(broken)")
            let cut = after.filter { $0["reachable"] as? Bool == false }.map { "\($0["consumer"] ?? "") -> \($0["peer"] ?? ""):\($0["port"] ?? "")" }
            #expect(cut == ["app-1 -> db:\(port)"], "\(broken)")
        }
    }
}
