import Foundation
import Testing

/// `doctor` on the testbed: the daemon section against the daemons' own `/version`, every
/// cross-daemon edge of a mixed project reachable, then one edge cut by a host firewall rule.
@Suite(.enabled(if: Testbed.shouldRun)) struct DoctorTests {
    /// `web` (linux) needs `api` (windows role, port 18481), which needs `store` (linux, port 18482).
    static let compose = """
        services:
          store:
            image: \(Testbed.busyboxImage)
            init: true
            expose: ["18482"]
            command: ["sh", "-c", "mkdir -p /www && echo store > /www/index.html && exec httpd -f -p 18482 -h /www"]
          api:
            image: \(Testbed.busyboxImage)
            platform: windows/amd64
            init: true
            depends_on: [store]
            expose: ["18481"]
            command: ["sh", "-c", "mkdir -p /www && echo api > /www/index.html && exec httpd -f -p 18481 -h /www"]
          web:
            image: \(Testbed.busyboxImage)
            init: true
            depends_on: [api]
            command: ["sleep", "3600"]
        """

    @Test("doctor reports both daemons as they are, every edge reachable (from a stopped consumer too), and exactly the edge a firewall rule cuts")
    func edges() throws {
        try RuntimeProject.with(Self.compose, prefix: "mxc-doctor-edges") { project in
            let up = try project.run(["up", "-d", "--wait"])
            try #require(up.status == 0, "\(up)")
            let healthy = try project.run(["doctor", "--format", "json"])
            #expect(healthy.status == 0, "\(healthy)")
            let report = try Self.json(healthy.stdout)
            try Self.checkDaemons(report, project.testbed)
            let edges = try #require(report["edges"] as? [[String: Any]])
            #expect(edges.map { "\($0["consumer"] ?? "") -> \($0["peer"] ?? ""):\($0["port"] ?? "")" } == ["api-1 -> store:18482", "web-1 -> api:18481"])
            #expect(edges.allSatisfy { $0["reachable"] as? Bool == true }, "\(healthy)")

            // A stopped consumer is probed from a short-lived container of its image, removed afterwards.
            let stop = try project.run(["stop", "-t", "1", "web"])
            try #require(stop.status == 0, "\(stop)")
            let stopped = try project.run(["doctor"])
            #expect(stopped.status == 0, "\(stopped)")
            #expect(stopped.stdout.split(separator: "\n").contains { $0.hasPrefix("web-1 -> api") && $0.contains(" yes ") }, "\(stopped)")
            let all = try project.linux.probe.get("/containers/json?all=1")
            #expect(!all.contains("\(project.name)-web-1-doctor-"), "probe container left behind")
            let start = try project.run(["start", "web"])
            try #require(start.status == 0, "\(start)")

            let web = try Self.address(of: "\(project.name)-web-1", on: project.linux)
            let api = try Self.address(of: "\(project.name)-api-1", on: project.windows)
            let rule = ["FORWARD", "-s", web, "-d", api, "-p", "tcp", "--dport", "18481", "-j", "REJECT", "--reject-with", "tcp-reset"]
            let insert = ProcessRunner.run("/usr/sbin/iptables", ["-w", "-I"] + rule)
            try #require(insert.status == 0, "\(insert)")
            defer { _ = ProcessRunner.run("/usr/sbin/iptables", ["-w", "-D"] + rule) }
            let broken = try project.run(["doctor"])
            #expect(broken.status == 1, "\(broken)")
            let lines = broken.stdout.split(separator: "\n").map(String.init)
            let cut = try #require(lines.firstIndex { $0.hasPrefix("web-1 -> api") }, "\(broken)")
            #expect(lines[cut].contains(" no"), "\(broken)")
            #expect(lines[cut + 1].hasPrefix("  hint: connection refused"), "\(broken)")
            #expect(lines.contains { $0.hasPrefix("api-1 -> store") && $0.contains(" yes ") }, "\(broken)")
        }
    }

    /// Each role's entry in the report against `GET /version` of the daemon behind it.
    static func checkDaemons(_ report: [String: Any], _ testbed: Testbed) throws {
        let daemons = try #require(report["daemons"] as? [[String: Any]])
        #expect(daemons.map { $0["role"] as? String } == ["linux", "windows"])
        for (daemon, host) in zip(daemons, [testbed.linuxHost, testbed.windowsHost]) {
            let socket = try #require(Testbed.socketPath(of: host))
            let version = try Self.json(try TestbedProbe(socketPath: socket).get("/version"))
            #expect(daemon["endpoint"] as? String == host)
            #expect(daemon["origin"] as? String == "MIXCOMPOSE_\((daemon["role"] as? String ?? "").uppercased())_HOST")
            #expect(daemon["server_version"] as? String == version["Version"] as? String)
            #expect(daemon["max_api_version"] as? String == version["ApiVersion"] as? String)
            #expect(daemon["os"] as? String == version["Os"] as? String)
            #expect(daemon["docker_desktop"] as? Bool == false)
        }
        #expect(daemons.map { $0["stand_in"] as? Bool } == [false, true])
    }

    /// The container's address on its (only) network.
    static func address(of container: String, on daemon: DaemonInspector) throws -> String {
        let inspect = try daemon.inspect(container: container)
        let networks = (inspect["NetworkSettings"] as? [String: Any])?["Networks"] as? [String: [String: Any]] ?? [:]
        return try #require(networks.values.compactMap { $0["IPAddress"] as? String }.first { !$0.isEmpty })
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }
}
