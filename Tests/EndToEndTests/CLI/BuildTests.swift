import Foundation
import Testing

/// `up` building images from `build:` on the daemon each service runs on.
@Suite(.enabled(if: Testbed.shouldRun)) struct BuildTests {
    /// The same context built for a Linux service and for one placed on the Windows role (the stand-in).
    static let compose = """
        services:
          greeter:
            build: .
          helper:
            build:
              context: .
              dockerfile: Dockerfile
            x-mixcompose: {daemon: windows}
        """

    static let files = [
        "Dockerfile": """
            FROM \(Testbed.busyboxImage)
            COPY hello.txt /hello.txt
            COPY . /context/
            CMD ["sh","-c","cat /hello.txt; trap 'exit 0' TERM; while true; do sleep 1; done"]
            """,
        "hello.txt": "hello from the build context\n",
        "ignored.txt": "must not reach the daemon\n",
        ".dockerignore": "# not sent\nignored.txt\n",
    ]

    @Test("up builds missing images on the right daemon, leaves .dockerignore'd files out, and rebuilds only with --build")
    func buildsOnUp() throws {
        var built: [(host: String, image: String)] = []
        defer {
            for (host, image) in built { _ = ProcessRunner.run("/usr/local/bin/docker", ["-H", host, "rmi", "-f", image]) }
        }
        try RuntimeProject.with(Self.compose) { project in
            for (name, text) in Self.files { try project.files.write(name, text) }
            let (greeter, helper) = ("\(project.name)-greeter", "\(project.name)-helper")
            built = [(project.testbed.linuxHost, greeter), (project.testbed.windowsHost, helper)]

            let up = try project.run(["up", "-d"], timeout: 300)
            try #require(up.status == 0, "\(up)")
            #expect((up.stdout + up.stderr).contains("Image \(greeter) (linux)  Built"), "\(up)")
            #expect(try project.linux.containerIDs(project: project.name).keys.sorted() == ["greeter"])
            #expect(try project.windows.containerIDs(project: project.name).keys.sorted() == ["helper"])
            let firstGreeter = try #require(try imageID(greeter, on: project.linux))
            #expect(try imageID(helper, on: project.windows) != nil)
            #expect(try imageID(helper, on: project.linux) == nil, "the windows-role image was built on the linux daemon")

            let logs = try project.logs { $0.components(separatedBy: "hello from the build context").count > 2 }
            #expect(logs.stdout.components(separatedBy: "hello from the build context").count == 3, "\(logs)")

            for (host, image) in built {
                let check = ProcessRunner.run(
                    "/usr/local/bin/docker",
                    ["-H", host, "run", "--rm", image, "sh", "-c", "test -e /context/hello.txt && test ! -e /context/ignored.txt"])
                #expect(check.status == 0, "\(image) on \(host): \(check)")
            }

            // A changed context is not noticed without --build: the image stays as it is.
            try project.files.write("hello.txt", "hello again\n")
            let again = try project.run(["up", "-d"], timeout: 300)
            try #require(again.status == 0, "\(again)")
            #expect(!(again.stdout + again.stderr).contains("Building"), "\(again)")
            #expect(try imageID(greeter, on: project.linux) == firstGreeter)

            let rebuild = try project.run(["up", "-d", "--build"], timeout: 300)
            try #require(rebuild.status == 0, "\(rebuild)")
            #expect((rebuild.stdout + rebuild.stderr).contains("Image \(helper) (windows)  Built"), "\(rebuild)")
            let rebuilt = try #require(try imageID(greeter, on: project.linux))
            #expect(rebuilt != firstGreeter)
        }
    }

    @Test("a build that fails names the service and shows the builder's output")
    func failingBuild() throws {
        try RuntimeProject.with("services:\n  broken:\n    build: .\n") { project in
            try project.files.write("Dockerfile", "FROM \(Testbed.busyboxImage)\nCOPY missing.txt /\n")
            let up = try project.run(["up", "-d"], timeout: 300)
            #expect(up.status != 0)
            #expect(up.stderr.contains("building image \(project.name)-broken for service broken failed"), "\(up)")
            #expect(up.stderr.contains("missing.txt"), "\(up)")
        }
    }

    @Test("cache_from images reach the classic builder; cache_to and type= caches are named in a warning, not fatal")
    func buildCaches() throws {
        let compose = """
            services:
              cached:
                build:
                  context: .
                  cache_from: ["\(Testbed.busyboxImage)", "type=local,src=/tmp/cache"]
                  cache_to: ["type=inline"]
            """
        try RuntimeProject.with(compose) { project in
            try project.files.write("Dockerfile", "FROM \(Testbed.busyboxImage)\nCMD [\"sleep\", \"3600\"]\n")
            let up = try project.run(["up", "-d"], timeout: 300)
            #expect(up.status == 0, "\(up)")
            #expect(up.stderr.contains("service cached: cache_to type=inline needs BuildKit"), "\(up)")
            #expect(up.stderr.contains("service cached: cache_from type=local,src=/tmp/cache needs BuildKit"), "\(up)")
            #expect(try imageID("\(project.name)-cached", on: project.linux) != nil)
        }
    }

    /// The image's ID on `daemon`, or nil when it has no such image.
    private func imageID(_ image: String, on daemon: DaemonInspector) throws -> String? {
        let body = try daemon.probe.get("/images/\(image)/json")
        let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        return object?["Id"] as? String
    }
}
