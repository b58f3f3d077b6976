import Foundation
import Testing

/// Issue 5: the nginx-aspnet sample, run on the testbed through its overlay, serves the
/// Windows-role backend's page through the Linux proxy on 127.0.0.1:8080, and `down` leaves nothing.
/// Serialized because the sample publishes the fixed port 8080; the only other test using it
/// (SwarmStackTests' sample deploy) holds `SamplePortLock` as this one does.
@Suite(.serialized, .enabled(if: Testbed.shouldRun)) struct NginxAspnetSampleTests {
    static let repository = MixComposeBinary.repository
    static let files = ["-f", "samples/nginx-aspnet/compose.yaml", "-f", "samples/nginx-aspnet/compose.testbed.yaml"]

    @Test("up --wait serves the backend's page through the proxy, and down removes everything")
    func sampleServesThroughProxy() throws {
        try SamplePortLock.holding { try serveAndTearDown() }
    }

    private func serveAndTearDown() throws {
        let testbed = try Testbed.require()
        let binary = try MixComposeBinary.require()
        let project = "mxc-e2e-sample-\(UUID().uuidString.prefix(8).lowercased())"
        let environment = [
            "MIXCOMPOSE_LINUX_HOST": testbed.linuxHost, "MIXCOMPOSE_WINDOWS_HOST": testbed.windowsHost,
            "MIXCOMPOSE_WINDOWS_STANDIN": "1",
        ]
        func mixcompose(_ arguments: [String]) -> CommandResult {
            binary.run(Self.files + ["-p", project] + arguments, in: Self.repository, environment: environment, timeout: 180)
        }
        var tornDown = false
        defer {
            if !tornDown { _ = mixcompose(["down", "-v", "-t", "2"]) }
        }

        let up = mixcompose(["up", "-d", "--wait"])
        try #require(up.status == 0, "\(up)")

        let page = Self.fetch("http://127.0.0.1:8080/")
        #expect(page.contains("Hello from the Windows-role backend"), "proxy answered: \(page)")

        let ps = mixcompose(["ps", "--format", "json"])
        #expect(ps.status == 0, "\(ps)")
        let daemons = Dictionary(uniqueKeysWithValues: (TemporaryProject.jsonLines(ps.stdout) ?? []).compactMap { row in
            (row["Service"] as? String).map { ($0, row["Daemon"] as? String ?? "") }
        })
        #expect(daemons == ["web": "windows", "proxy": "linux"], "\(ps)")

        let down = mixcompose(["down", "-t", "2"])
        tornDown = true
        #expect(down.status == 0, "\(down)")
        for host in [testbed.linuxHost, testbed.windowsHost] {
            let daemon = try DaemonInspector(host: host)
            #expect(try daemon.containers(project: project).isEmpty, "containers left on \(host)")
            #expect(try daemon.networks(project: project).isEmpty, "networks left on \(host)")
        }
    }

    /// The body at `url`, retried for a few seconds while the proxy comes up; the last error otherwise.
    static func fetch(_ url: String) -> String {
        guard let curl = ProcessRunner.which("curl") else { return "curl is not installed" }
        var last = CommandResult(command: [], status: -1, stdout: "", stderr: "", timedOut: false)
        for attempt in 0..<15 {
            if attempt > 0 { Thread.sleep(forTimeInterval: 1) }
            last = ProcessRunner.run(curl, ["-fsS", "--max-time", "5", url], timeout: 10)
            if last.status == 0 && !last.stdout.isEmpty { return last.stdout }
        }
        return "\(last)"
    }
}
