import Foundation

/// The testbed's private registry started by `scripts/registry` (TLS, basic auth), found through the
/// environment `scripts/registry env` prints. Like `Testbed`: outside CI a missing registry skips the
/// tests that need it; under `CI=true` they run and fail with a clear message.
struct TestbedRegistry: Sendable {
    /// `host:port`, e.g. `127.0.0.1:23761`.
    let address: String
    let user: String
    let password: String

    static let addressVariable = "MIXCOMPOSE_TESTBED_REGISTRY"

    /// The registry named by the environment, or nil when it is not configured.
    static var current: TestbedRegistry? {
        let environment = ProcessInfo.processInfo.environment
        guard let address = environment[addressVariable], !address.isEmpty,
            let user = environment["MIXCOMPOSE_TESTBED_REGISTRY_USER"], let password = environment["MIXCOMPOSE_TESTBED_REGISTRY_PASSWORD"]
        else { return nil }
        return TestbedRegistry(address: address, user: user, password: password)
    }

    /// Whether registry tests run: always under CI, elsewhere only when both testbed and registry are configured.
    static var shouldRun: Bool { Testbed.isCI || (Testbed.current != nil && current != nil) }

    /// The configured registry, or an error telling how to start it.
    static func require() throws(Testbed.Unavailable) -> TestbedRegistry {
        guard let registry = current else {
            throw Testbed.Unavailable(
                description: "\(addressVariable) is not set; run `scripts/registry start` as root and `eval \"$(scripts/registry env)\"`")
        }
        return registry
    }

    /// A `config.json` storing this registry's credentials (or `password` instead), as `docker login` writes it.
    func configJSON(password: String? = nil) -> String {
        let auth = Data("\(user):\(password ?? self.password)".utf8).base64EncodedString()
        return #"{"auths": {"\#(address)": {"auth": "\#(auth)"}}}"#
    }

    /// Pushes the testbed busybox to this registry under a new unique tag through the daemon at `host`,
    /// removes the local tag (so a test's `up` has to pull it), and returns the reference.
    func pushUniqueImage(through host: String) throws -> String {
        let reference = "\(address)/mxc/busybox:\(UUID().uuidString.prefix(12).lowercased())"
        let config = NSTemporaryDirectory() + "mxc-registry-push-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: config) }
        try configJSON().write(toFile: config + "/config.json", atomically: true, encoding: .utf8)
        let docker = { (arguments: [String]) in
            ProcessRunner.run("/usr/bin/docker", ["-H", host] + arguments, environment: ["DOCKER_CONFIG": config], timeout: 120)
        }
        let tagged = docker(["tag", Testbed.busyboxImage, reference])
        guard tagged.status == 0 else { throw Testbed.Unavailable(description: "cannot tag \(reference): \(tagged)") }
        let pushed = docker(["push", reference])
        let removed = docker(["rmi", reference])
        guard pushed.status == 0, removed.status == 0 else {
            throw Testbed.Unavailable(description: "cannot push \(reference): \(pushed) \(removed)")
        }
        return reference
    }
}
