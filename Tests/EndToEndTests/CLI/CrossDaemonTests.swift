import Foundation
import Testing

/// A Linux container reaching a Windows-role container on the other daemon, through the
/// injected `<PEER>_HOST` variable and through the injected hosts entry.
@Suite(.enabled(if: Testbed.shouldRun)) struct CrossDaemonTests {
    /// The backend serves a page carrying `token`, so the client's log proves which server answered.
    static func compose(token: String) -> String {
        """
        services:
          backend:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            command:
              - sh
              - -c
              - |
                mkdir -p /www
                echo backend-page-\(token) > /www/index.html
                httpd -p 80 -h /www
                trap 'exit 0' TERM
                while true; do sleep 1; done
            healthcheck:
              test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:80/"]
              interval: 1s
              timeout: 3s
              retries: 30
          client:
            image: \(Testbed.busyboxImage)
            init: true
            depends_on:
              backend:
                condition: service_healthy
            command:
              - sh
              - -c
              - |
                echo "via-env: $$(wget -q -O - http://$$BACKEND_HOST/)"
                echo "via-name: $$(wget -q -O - http://backend/)"
                exec sleep 3600
        """
    }

    @Test("a linux client reaches the windows-role backend by BACKEND_HOST and by the name backend")
    func linuxReachesWindowsRole() throws {
        let token = String(UUID().uuidString.prefix(8).lowercased())
        try RuntimeProject.with(Self.compose(token: token)) { project in
            let up = try project.run(["up", "-d", "--wait"])
            try #require(up.status == 0, "\(up)")
            let ids = try project.windows.containerIDs(project: project.name)
            #expect(ids.keys.sorted() == ["backend"])
            let page = "backend-page-\(token)"
            let logs = try project.logs(["client"]) { $0.contains("via-name:") }
            #expect(logs.stdout.contains("via-env: \(page)"), "\(logs)")
            #expect(logs.stdout.contains("via-name: \(page)"), "\(logs)")
        }
    }

    @Test("a windows-role service gets its linux dependency's address in its hosts file, written before it starts")
    func windowsRoleHostsFile() throws {
        let compose = """
            services:
              db:
                image: \(Testbed.busyboxImage)
                init: true
                command: ["sleep", "3600"]
              app:
                image: \(Testbed.busyboxImage)
                platform: windows/amd64
                init: true
                depends_on: [db]
                command:
                  - sh
                  - -c
                  - |
                    echo "db-host: $$DB_HOST"
                    sed 's/^/hosts-file: /' /Windows/System32/drivers/etc/hosts
                    exec sleep 3600
            """
        try RuntimeProject.with(compose) { project in
            let up = try project.run(["up", "-d"])
            try #require(up.status == 0, "\(up)")
            let logs = try project.logs(["app"]) { $0.contains("hosts-file: # mixcompose: end") }
            let address = try #require(
                logs.stdout.split(separator: "\n").compactMap { $0.components(separatedBy: "db-host: ").dropFirst().first }.first,
                "\(logs)")
            #expect(address.hasPrefix("198.18."), "\(logs)")
            #expect(logs.stdout.contains("hosts-file: \(address)\tdb"), "\(logs)")
            // A second up changes nothing, so the file is not written twice.
            let again = try project.run(["up", "-d"])
            #expect(again.status == 0, "\(again)")
            let after = try project.logs(["app"]) { $0.contains("hosts-file: # mixcompose: end") }
            #expect(after.stdout.components(separatedBy: "hosts-file: # mixcompose: peers").count == 2, "\(after)")
        }
    }
}
