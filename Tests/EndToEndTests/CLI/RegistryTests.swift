import Foundation
import Testing

/// `up` pulling from, and building on, the testbed's private registry (TLS, basic auth) with
/// credentials found as the docker CLI finds them.
@Suite(.enabled(if: TestbedRegistry.shouldRun)) struct RegistryTests {
    /// A service running `image`, which no daemon has.
    private static func compose(_ image: String) -> String {
        """
        services:
          app:
            image: \(image)
            command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
        """
    }

    /// A temporary directory (a DOCKER_CONFIG, a PATH entry) holding `files`, removed after `body`.
    private static func withDirectory<R>(_ files: [String: String], _ body: (String) throws -> R) throws -> R {
        let directory = NSTemporaryDirectory() + "mxc-registry-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, text) in files {
            try text.write(toFile: "\(directory)/\(name)", atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: "\(directory)/\(name)")
        }
        return try body(directory)
    }

    /// Pushes a unique tag, runs `body` with it, then removes it from the linux daemon.
    private static func withPrivateImage(_ body: (TestbedRegistry, String) throws -> Void) throws {
        let registry = try TestbedRegistry.require()
        let testbed = try Testbed.require()
        let image = try registry.pushUniqueImage(through: testbed.linuxHost)
        defer { _ = ProcessRunner.run("/usr/bin/docker", ["-H", testbed.linuxHost, "rmi", "-f", image]) }
        try body(registry, image)
    }

    @Test("up pulls a private image with the credentials of DOCKER_CONFIG's config.json")
    func pullsWithConfigFile() throws {
        try Self.withPrivateImage { registry, image in
            try Self.withDirectory(["config.json": registry.configJSON()]) { config in
                try RuntimeProject.with(Self.compose(image), prefix: "mxc-registry-file") { project in
                    let up = try project.run(["up", "-d"], extra: ["DOCKER_CONFIG": config], timeout: 180)
                    try #require(up.status == 0, "\(up)")
                    #expect((up.stdout + up.stderr).contains("Pulled"), "\(up)")
                    #expect(try project.linux.containerIDs(project: project.name).keys.sorted() == ["app"])
                }
            }
        }
    }

    @Test("up pulls a private image with credentials from a docker-credential helper on PATH named in credHelpers")
    func pullsWithCredentialHelper() throws {
        try Self.withPrivateImage { registry, image in
            try Self.withDirectory([:]) { bin in
                let helper = """
                    #!/bin/sh
                    key=$(cat)
                    echo "$1 $key" >>"\(bin)/calls.log"
                    [ "$1" = get ] && [ "$key" = "\(registry.address)" ] || { echo "credentials not found in native keychain"; exit 1; }
                    printf '{"ServerURL":"%s","Username":"%s","Secret":"%s"}' "$key" "\(registry.user)" "\(registry.password)"
                    """
                try helper.write(toFile: bin + "/docker-credential-mxctest", atomically: true, encoding: .utf8)
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/docker-credential-mxctest")
                let config = #"{"credHelpers": {"\#(registry.address)": "mxctest"}}"#
                try Self.withDirectory(["config.json": config]) { configDirectory in
                    try RuntimeProject.with(Self.compose(image), prefix: "mxc-registry-helper") { project in
                        let path = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
                        let up = try project.run(["up", "-d"], extra: ["DOCKER_CONFIG": configDirectory, "PATH": path], timeout: 180)
                        try #require(up.status == 0, "\(up)")
                        #expect(try project.linux.containerIDs(project: project.name).keys.sorted() == ["app"])
                        let calls = try String(contentsOfFile: bin + "/calls.log", encoding: .utf8)
                        #expect(calls.contains("get \(registry.address)"), "\(calls)")
                    }
                }
            }
        }
    }

    @Test("without credentials, or with a wrong password, up fails naming the service, the image and the registry's error")
    func failsWithoutCredentials() throws {
        try Self.withPrivateImage { registry, image in
            let prefix = "pulling image \(image) for service app on the linux daemon failed: "
            try Self.withDirectory([:]) { empty in
                try RuntimeProject.with(Self.compose(image), prefix: "mxc-registry-none") { project in
                    let up = try project.run(["up", "-d"], extra: ["DOCKER_CONFIG": empty], timeout: 180)
                    #expect(up.status == 1, "\(up)")
                    // A loopback registry counts as insecure for dockerd, which then also tries plain HTTP on
                    // the TLS port: its message is about that last attempt, not the registry's 401.
                    let line = try #require(up.stderr.split(separator: "\n").first { $0.contains(prefix) }, "\(up)")
                    #expect(line.count > prefix.count + 10, "\(up)")
                    #expect(try project.linux.containerIDs(project: project.name).isEmpty)
                }
            }
            try Self.withDirectory(["config.json": registry.configJSON(password: "wrong")]) { config in
                try RuntimeProject.with(Self.compose(image), prefix: "mxc-registry-wrong") { project in
                    let up = try project.run(["up", "-d"], extra: ["DOCKER_CONFIG": config], timeout: 180)
                    #expect(up.status == 1, "\(up)")
                    #expect(up.stderr.contains(prefix + "unauthorized: authentication required"), "\(up)")
                }
            }
        }
    }

    @Test("a build whose Dockerfile starts FROM a private image gets the registry credentials (X-Registry-Config)")
    func buildsFromPrivateImage() throws {
        try Self.withPrivateImage { registry, image in
            var built: (host: String, image: String)?
            defer { if let built { _ = ProcessRunner.run("/usr/bin/docker", ["-H", built.host, "rmi", "-f", built.image]) } }
            try Self.withDirectory(["config.json": registry.configJSON()]) { config in
                try RuntimeProject.with("services:\n  app:\n    build: .\n", prefix: "mxc-registry-build") { project in
                    try project.files.write("Dockerfile", "FROM \(image)\nCMD [\"sh\", \"-c\", \"echo built from the private image; sleep 3600\"]\n")
                    built = (project.testbed.linuxHost, "\(project.name)-app")
                    let up = try project.run(["up", "-d"], extra: ["DOCKER_CONFIG": config], timeout: 300)
                    try #require(up.status == 0, "\(up)")
                    #expect((up.stdout + up.stderr).contains("Image \(project.name)-app (linux)  Built"), "\(up)")
                    let logs = try project.logs { $0.contains("built from the private image") }
                    #expect(logs.stdout.contains("built from the private image"), "\(logs)")
                }
            }
            // And without credentials the builder's pull is refused (the pulled tag removed first, so it must pull).
            _ = ProcessRunner.run("/usr/bin/docker", ["-H", try Testbed.require().linuxHost, "rmi", "-f", image])
            try Self.withDirectory([:]) { empty in
                try RuntimeProject.with("services:\n  app:\n    build: .\n", prefix: "mxc-registry-build-none") { project in
                    try project.files.write("Dockerfile", "FROM \(image)\n")
                    let up = try project.run(["up", "-d"], extra: ["DOCKER_CONFIG": empty], timeout: 300)
                    #expect(up.status == 1, "\(up)")
                    #expect(up.stderr.contains("building image \(project.name)-app for service app failed"), "\(up)")
                }
            }
        }
    }
}
