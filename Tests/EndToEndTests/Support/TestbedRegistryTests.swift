import Foundation
import Testing

/// Checks that the private registry the registry tests rely on is really there, and really private.
@Suite(.enabled(if: TestbedRegistry.shouldRun)) struct TestbedRegistryTests {
    /// The HTTP status of `GET https://<registry>/v2/<path>`, trusting the CA the daemons trust.
    private func status(_ registry: TestbedRegistry, _ path: String, user: String? = nil) -> String {
        var arguments = [
            "-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "10",
            "--cacert", "/etc/docker/certs.d/\(registry.address)/ca.crt",
            "-H", "Accept: application/vnd.docker.distribution.manifest.v2+json",
        ]
        if let user { arguments += ["-u", user] }
        return ProcessRunner.run("/usr/bin/curl", arguments + ["https://\(registry.address)/v2/\(path)"]).stdout
    }

    @Test("the registry answers over TLS with the daemons' CA, refuses anonymous and wrong credentials, and holds the test image")
    func registryIsPrivate() throws {
        let registry = try TestbedRegistry.require()
        #expect(status(registry, "") == "401")
        #expect(status(registry, "", user: "\(registry.user):wrong") == "401")
        #expect(status(registry, "", user: "\(registry.user):\(registry.password)") == "200")
        #expect(status(registry, "mxc/busybox/manifests/latest", user: "\(registry.user):\(registry.password)") == "200")
    }
}
