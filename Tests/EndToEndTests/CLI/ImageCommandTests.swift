import Foundation
import Testing

/// `build`, `pull` and `push` on the two testbed daemons, with the private registry for `pull` and `push`.
@Suite(.enabled(if: TestbedRegistry.shouldRun)) struct ImageCommandTests {
    static let dockerfile = """
        FROM \(Testbed.busyboxImage)
        ARG GREETING=none
        RUN echo "$GREETING" > /greeting
        """

    /// A linux-role and a windows-role service built from `ctx`, each tagged `image` plus its role.
    static func compose(_ image: String) -> String {
        """
        services:
          app:
            build: ./ctx
            image: \(image)-linux
          backend:
            build: ./ctx
            image: \(image)-windows
            platform: windows/amd64
          plain:
            image: \(Testbed.busyboxImage)
            pull_policy: never
        """
    }

    private static func docker(_ host: String, _ arguments: [String], config: String? = nil) -> CommandResult {
        ProcessRunner.run("/usr/bin/docker", ["-H", host] + arguments, environment: config.map { ["DOCKER_CONFIG": $0] }, timeout: 120)
    }

    /// What `/greeting` holds in `image` on the daemon at `host`.
    private static func greeting(_ host: String, _ image: String) -> String {
        docker(host, ["run", "--rm", image, "cat", "/greeting"]).stdout
    }

    /// Runs `body` with a DOCKER_CONFIG holding the registry's credentials and a unique image name in it, then
    /// removes both roles' tags of that image from both daemons.
    private static func withRegistry(_ body: (TestbedRegistry, String, String) throws -> Void) throws {
        let registry = try TestbedRegistry.require()
        let testbed = try Testbed.require()
        let config = NSTemporaryDirectory() + "mxc-images-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try registry.configJSON().write(toFile: config + "/config.json", atomically: true, encoding: .utf8)
        let repository = "\(registry.address)/mxc/images-\(UUID().uuidString.prefix(8).lowercased())"
        let image = repository + ":1"
        defer {
            try? FileManager.default.removeItem(atPath: config)
            for host in [testbed.linuxHost, testbed.windowsHost] {
                _ = docker(host, ["rmi", "-f", image + "-linux", image + "-windows"])
                // Rebuilt and pushed images stay behind untagged under the repository, known by digest.
                let left = docker(host, ["image", "ls", "-q", repository]).stdout
                for id in Set(left.split(separator: "\n").map(String.init)) { _ = docker(host, ["rmi", "-f", id]) }
            }
        }
        try body(registry, image, config)
    }

    @Test("build builds each service on its own daemon with --build-arg, --no-cache and -q; an unknown service touches nothing")
    func build() throws {
        try Self.withRegistry { _, image, _ in
            try RuntimeProject.with(Self.compose(image), prefix: "mxc-images-build") { project in
                try project.files.write("ctx/Dockerfile", Self.dockerfile)
                let unknown = try project.run(["build", "nope"])
                #expect(unknown.status == 1 && unknown.stderr.contains("no such service: nope"), "\(unknown)")
                let built = try project.run(["build", "--build-arg", "GREETING=hello"], timeout: 300)
                try #require(built.status == 0, "\(built)")
                #expect(built.stderr.contains("Image \(image)-windows (windows)  Built"), "\(built)")
                #expect(Self.greeting(project.testbed.linuxHost, image + "-linux") == "hello\n")
                #expect(Self.greeting(project.testbed.windowsHost, image + "-windows") == "hello\n")
                // The image of each role is only on its own daemon.
                #expect(Self.docker(project.testbed.linuxHost, ["image", "inspect", image + "-windows"]).status != 0)
                #expect(Self.docker(project.testbed.windowsHost, ["image", "inspect", image + "-linux"]).status != 0)
                let quiet = try project.run(["build", "-q", "--no-cache", "--build-arg", "GREETING=again", "backend"], timeout: 300)
                #expect(quiet.status == 0 && !quiet.stderr.contains("Built"), "\(quiet)")
                #expect(Self.greeting(project.testbed.windowsHost, image + "-windows") == "again\n")
                #expect(Self.greeting(project.testbed.linuxHost, image + "-linux") == "hello\n")
            }
        }
    }

    @Test("push sends each role's image from its daemon with DOCKER_CONFIG's credentials, and pull brings it back")
    func pushAndPull() throws {
        try Self.withRegistry { _, image, config in
            try RuntimeProject.with(Self.compose(image), prefix: "mxc-images-push") { project in
                try project.files.write("ctx/Dockerfile", Self.dockerfile)
                let extra = ["DOCKER_CONFIG": config]
                let built = try project.run(["build", "--build-arg", "GREETING=pushed"], timeout: 300)
                try #require(built.status == 0, "\(built)")
                let refused = try project.run(["push", "backend"], extra: ["DOCKER_CONFIG": NSTemporaryDirectory() + "mxc-none"])
                #expect(refused.status == 1 && refused.stderr.contains("no basic auth credentials"), "\(refused)")
                let pushed = try project.run(["push"], extra: extra, timeout: 300)
                try #require(pushed.status == 0, "\(pushed)")
                #expect(pushed.stderr.contains("Image \(image)-windows (windows)  Pushed"), "\(pushed)")
                for (host, role) in [(project.testbed.linuxHost, "linux"), (project.testbed.windowsHost, "windows")] {
                    #expect(Self.docker(host, ["rmi", image + "-" + role]).status == 0)
                }
                let pulled = try project.run(["pull"], extra: extra, timeout: 300)
                try #require(pulled.status == 0, "\(pulled)")
                #expect(pulled.stderr.contains("Image \(image)-linux (linux)  Pulled"), "\(pulled)")
                #expect(Self.greeting(project.testbed.linuxHost, image + "-linux") == "pushed\n")
                #expect(Self.greeting(project.testbed.windowsHost, image + "-windows") == "pushed\n")
                #expect(Self.docker(project.testbed.linuxHost, ["image", "inspect", image + "-windows"]).status != 0)
                let quiet = try project.run(["pull", "-q", "backend"], extra: extra, timeout: 300)
                #expect(quiet.status == 0 && !quiet.stderr.contains("Pull"), "\(quiet)")
                let rebuilt = try project.run(
                    ["build", "--push", "--with-dependencies", "--build-arg", "GREETING=rebuilt", "backend"], extra: extra, timeout: 300)
                #expect(rebuilt.status == 0 && rebuilt.stderr.contains("Image \(image)-windows (windows)  Pushed"), "\(rebuilt)")
                #expect(Self.docker(project.testbed.windowsHost, ["rmi", image + "-windows"]).status == 0)
                let again = try project.run(["pull", "backend"], extra: extra, timeout: 300)
                #expect(again.status == 0 && Self.greeting(project.testbed.windowsHost, image + "-windows") == "rebuilt\n", "\(again)")
            }
        }
    }

    @Test("pull fails on an image the registry lacks unless --ignore-pull-failures, and skips pull_policy: never")
    func pullFailures() throws {
        try Self.withRegistry { _, image, config in
            try RuntimeProject.with(Self.compose(image), prefix: "mxc-images-pull") { project in
                let extra = ["DOCKER_CONFIG": config]
                let failed = try project.run(["pull", "app"], extra: extra, timeout: 180)
                #expect(failed.status == 1 && failed.stderr.contains("pulling image \(image)-linux for service app on the linux daemon failed"), "\(failed)")
                #expect(failed.stderr.contains("mixcompose build app"), "\(failed)")
                let buildable = try project.run(["pull", "--ignore-buildable", "app"], extra: extra)
                #expect(buildable.status == 0 && buildable.stderr.contains("Service app (linux)  Skipped - Image can be built"), "\(buildable)")
                let ignored = try project.run(["pull", "--ignore-pull-failures", "app", "plain"], extra: extra, timeout: 180)
                #expect(ignored.status == 0, "\(ignored)")
                #expect(ignored.stderr.contains("Service plain (linux)  Skipped"), "\(ignored)")
                let unknown = try project.run(["pull", "nope"])
                #expect(unknown.status == 1 && unknown.stderr.contains("no such service: nope"), "\(unknown)")
            }
        }
    }

    @Test("build, pull and push refuse an unknown service with Docker Compose's message and exit status, building nothing")
    func badInputDifferential() throws {
        _ = try Testbed.requireReferenceCompose()
        try Self.withRegistry { _, image, _ in
            try RuntimeProject.with(Self.compose(image), prefix: "mxc-images-bad") { project in
                try project.files.write("ctx/Dockerfile", Self.dockerfile)
                for arguments in [["build", "app", "nope"], ["pull", "nope"], ["push", "nope", "app"]] {
                    let ours = try project.run(arguments)
                    let theirs = try project.runReference(arguments)
                    #expect(ours.status == theirs.status && ours.status == 1, "\(arguments): ours \(ours)\ntheirs \(theirs)")
                    #expect(theirs.stderr.contains("no such service: nope") && ours.stderr.contains("no such service: nope"), "\(arguments): ours \(ours)")
                }
                #expect(Self.docker(project.testbed.linuxHost, ["image", "inspect", image + "-linux"]).status != 0)
            }
        }
    }

    @Test("build --pull takes a private base image from the registry with DOCKER_CONFIG's credentials, on the windows-role daemon")
    func buildFromPrivateBase() throws {
        try Self.withRegistry { registry, image, config in
            let testbed = try Testbed.require()
            let base = try registry.pushUniqueImage(through: testbed.linuxHost)
            defer {
                for host in [testbed.linuxHost, testbed.windowsHost] { _ = Self.docker(host, ["rmi", "-f", base]) }
            }
            try RuntimeProject.with(Self.compose(image), prefix: "mxc-images-base") { project in
                try project.files.write("ctx/Dockerfile", "FROM \(base)\nRUN echo private > /greeting\n")
                let refused = try project.run(["build", "--pull", "backend"], extra: ["DOCKER_CONFIG": NSTemporaryDirectory() + "mxc-none"], timeout: 300)
                #expect(refused.status == 1 && refused.stderr.contains("building image \(image)-windows for service backend failed"), "\(refused)")
                let built = try project.run(["build", "--pull", "backend"], extra: ["DOCKER_CONFIG": config], timeout: 300)
                #expect(built.status == 0, "\(built)")
                #expect(Self.greeting(project.testbed.windowsHost, image + "-windows") == "private\n")
            }
        }
    }
}
