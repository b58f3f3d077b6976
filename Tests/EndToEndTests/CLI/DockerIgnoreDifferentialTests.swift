import Foundation
import Testing

/// One context tree built under several `.dockerignore` pattern sets, by Docker Compose v2 and by mixcompose
/// on the testbed's linux daemon (`COPY . /ctx`): the files in the images must be the same.
///
/// Compose 2.40 builds against this 20.10 daemon with BuildKit, through the daemon's session API (no buildx
/// plugin is needed); that is Compose's default and the oracle. With `DOCKER_BUILDKIT=0` it uses the classic
/// builder, whose archive walk looks into an excluded directory only when an exception's text starts with
/// its path: it loses `dir/sub/keep.md` and both `sub/keep.md` below, where BuildKit keeps them. So the classic
/// build is compared only for the sets where both of Compose's builders agree.
@Suite(.enabled(if: Testbed.shouldRun && Testbed.shouldCompareWithReference)) struct DockerIgnoreDifferentialTests {
    static let tree = [
        "top.txt", "b.txt", "#weird", "dir/keep.md", "dir/sub/keep.md", "dir/sub/other.txt", "a/sub/keep.md", "a/sub/x.txt",
        "sub/keep.md", "sub/y.txt", "other/z.txt", "src/deep/k.txt", "src/deep/m.txt",
    ]

    /// Pattern sets by name; `classic` when Compose's classic build sends the same files as its BuildKit build.
    static let sets: [(name: String, ignore: String, classic: Bool)] = [
        ("depth", "*\n!dir\ndir/**\n!dir/**/keep*\n", false),
        ("suffix", "**/sub\n!**/sub/keep.md\n", false),
        ("globstar", "**/*.txt\n!other/**\n", true),
        ("literal", "dir\n!dir/sub/other.txt\n/top.txt\n", true),
        ("cleaned", "./a/../sub/\nother/./z.txt\nDockerfile\n.dockerignore\n../b.txt\n", true),
        ("classes", "# comment\n\n[a-c]\n*/[^k]*\n\\#weird\n  # spaced\n", true),
        ("allbut", "*\n!dir/keep.md\n", true),
    ]

    @Test("each .dockerignore pattern set puts the same files in the image as Docker Compose's builds")
    func sameFilesAsCompose() throws {
        let testbed = try Testbed.require()
        let reference = try Testbed.requireReferenceCompose()
        let docker = try #require(ProcessRunner.which("docker", preferring: ["/usr/bin/docker"]))
        let name = "mxc-ignore-\(UUID().uuidString.prefix(8).lowercased())"
        var compose = "services:\n"
        var files: [String: String] = [:]
        for set in Self.sets {
            compose += "  \(set.name):\n    build: ./\(set.name)\n    image: \(name)-\(set.name)-${TOOL}\n    command: [\"sleep\", \"600\"]\n"
            for path in Self.tree { files["\(set.name)/\(path)"] = path + "\n" }
            files["\(set.name)/Dockerfile"] = "FROM \(Testbed.busyboxImage)\nCOPY . /ctx\n"
            files["\(set.name)/.dockerignore"] = set.ignore
        }
        let project = try TemporaryProject(compose: compose, files: files)
        let tools = ["buildkit", "classic", "mixcompose"]
        let mixcompose = [
            "MIXCOMPOSE_LINUX_HOST": testbed.linuxHost, "MIXCOMPOSE_WINDOWS_HOST": testbed.windowsHost,
            "MIXCOMPOSE_WINDOWS_STANDIN": "1", "TOOL": "mixcompose",
        ]
        defer {
            _ = try? project.run(["-p", name, "down", "-t", "0"], environment: mixcompose)
            let images = Self.sets.flatMap { set in tools.map { "\(name)-\(set.name)-\($0)" } }
            _ = ProcessRunner.run(docker, ["-H", testbed.linuxHost, "rmi", "-f"] + images)
        }

        let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "DOCKER_HOST": testbed.linuxHost]
        let buildkit = ProcessRunner.run(
            reference, ["-p", name, "build"], environment: environment.merging(["TOOL": "buildkit"]) { _, new in new },
            directory: project.directory, timeout: 300)
        try #require(buildkit.status == 0, "\(buildkit)")
        let classic = ProcessRunner.run(
            reference, ["-p", name, "build"], environment: environment.merging(["TOOL": "classic", "DOCKER_BUILDKIT": "0"]) { _, new in new },
            directory: project.directory, timeout: 300)
        try #require(classic.status == 0, "\(classic)")
        let up = try project.run(
            ["-p", name, "up", "-d"],
            environment: mixcompose, timeout: 300)
        try #require(up.status == 0, "\(up)")

        for set in Self.sets {
            let listings = try tools.map { tool in
                let run = ProcessRunner.run(docker, ["-H", testbed.linuxHost, "run", "--rm", "\(name)-\(set.name)-\(tool)", "find", "/ctx"])
                try #require(run.status == 0, "\(run)")
                return run.stdoutLines.sorted()
            }
            #expect(listings[0].count > 1, "\(set.name): Compose's image holds nothing of the context")
            #expect(listings[2] == listings[0], "\(set.name): mixcompose \(listings[2]) vs Compose (BuildKit) \(listings[0])")
            if set.classic {
                #expect(listings[2] == listings[1], "\(set.name): mixcompose \(listings[2]) vs Compose (classic) \(listings[1])")
            }
        }
    }
}
