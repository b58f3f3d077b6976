import Foundation
import Testing

/// `down --rmi local|all` against Docker Compose v2 on the testbed's linux daemon: each tool brings up the same
/// file under its own project name (Compose builds with BuildKit, its default), takes it down with `--rmi`,
/// and the images left must be the same: the default-named build, a build named by `image:`, and a plain
/// `image:` service's image (a fresh tag of the testbed's busybox, so nothing shared is removed).
@Suite(.enabled(if: Testbed.shouldRun && Testbed.shouldCompareWithReference)) struct DownImagesDifferentialTests {
    static let compose = """
        services:
          built:
            build: ./ctx
            command: ["sleep", "600"]
          custom:
            build: ./ctx
            image: ${PREFIX}-custom:v1
            command: ["sleep", "600"]
          named:
            image: ${PREFIX}-named
            command: ["sleep", "600"]
        """

    @Test("down --rmi removes the images Docker Compose's down --rmi removes", arguments: ["local", "all"])
    func sameImagesRemoved(mode: String) throws {
        let testbed = try Testbed.require()
        let reference = try Testbed.requireReferenceCompose()
        let docker = try #require(ProcessRunner.which("docker", preferring: ["/usr/bin/docker"]))
        let project = try TemporaryProject(compose: Self.compose, files: ["ctx/Dockerfile": "FROM \(Testbed.busyboxImage)\nLABEL rmi=test\n"])
        let base = "mxc-rmi-\(UUID().uuidString.prefix(8).lowercased())"
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        var left: [String: [Bool]] = [:]
        for tool in ["compose", "mixcompose"] {
            let name = "\(base)-\(tool)"
            let images = ["\(name)-built", "\(name)-custom:v1", "\(name)-named"]
            let tag = ProcessRunner.run(docker, ["-H", testbed.linuxHost, "tag", Testbed.busyboxImage, images[2]])
            try #require(tag.status == 0, "\(tag)")
            defer { _ = ProcessRunner.run(docker, ["-H", testbed.linuxHost, "rmi", "-f"] + images) }
            let run = { (arguments: [String]) throws -> CommandResult in
                if tool == "compose" {
                    return ProcessRunner.run(
                        reference, ["-p", name] + arguments,
                        environment: ["PATH": path, "HOME": NSTemporaryDirectory(), "DOCKER_HOST": testbed.linuxHost, "PREFIX": name],
                        directory: project.directory, timeout: 300)
                }
                return try project.run(
                    ["-p", name] + arguments,
                    environment: ["MIXCOMPOSE_LINUX_HOST": testbed.linuxHost, "MIXCOMPOSE_WINDOWS_HOST": testbed.windowsHost, "MIXCOMPOSE_WINDOWS_STANDIN": "1", "PREFIX": name],
                    timeout: 300)
            }
            let up = try run(["up", "-d"])
            defer { _ = try? run(["down", "-t", "0"]) }
            try #require(up.status == 0, "\(tool) up: \(up)")
            let down = try run(["down", "-t", "0", "--rmi", mode])
            try #require(down.status == 0, "\(tool) down: \(down)")
            left[tool] = images.map { ProcessRunner.run(docker, ["-H", testbed.linuxHost, "image", "inspect", $0]).status == 0 }
        }
        #expect(left["compose"] != [true, true, true], "Compose's down --rmi \(mode) removed nothing: the test proves nothing")
        #expect(left["mixcompose"] == left["compose"], "images left (built, custom, named): mixcompose \(left["mixcompose"] ?? []), Compose \(left["compose"] ?? [])")
    }
}
